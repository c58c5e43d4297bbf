#include "textfold.h"

#include <array>

namespace Podium {

namespace {

// Letters that Unicode decomposition leaves alone but a reader treats as a
// plain letter (or two).
const char16_t *special(char16_t c)
{
    static const struct
    {
        char16_t from;
        const char16_t *to;
    } specials[] = {
        {u'ß', u"ss"}, {u'ẞ', u"ss"}, {u'æ', u"ae"}, {u'Æ', u"ae"}, {u'œ', u"oe"},
        {u'Œ', u"oe"}, {u'ø', u"o"},  {u'Ø', u"o"},  {u'ł', u"l"},  {u'Ł', u"l"},
        {u'đ', u"d"},  {u'Đ', u"d"},  {u'ð', u"d"},  {u'Ð', u"d"},  {u'þ', u"th"},
        {u'Þ', u"th"}, {u'ı', u"i"},  {u'ħ', u"h"},  {u'Ħ', u"h"},
    };
    for (const auto &s : specials) {
        if (c == s.from)
            return s.to;
    }
    return nullptr;
}

bool isAsciiSpace(char16_t c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

class Folder
{
public:
    explicit Folder(qsizetype size) { m_out.reserve(size); }

    // An ASCII character: its own decomposition; only A-Z change case.
    void ascii(char16_t c)
    {
        if (isAsciiSpace(c)) {
            m_pendingSpace = !m_out.isEmpty();
            return;
        }
        flushSpace();
        m_out.append(QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c));
    }

    // A run of other characters, decomposed as a whole: the compatibility
    // decomposition reorders only the marks after a letter, and a run
    // starts and ends at characters that are never reordered, so
    // decomposing it alone gives what decomposing the whole text gives.
    void other(QStringView run)
    {
        decomposed(run.toString().normalized(QString::NormalizationForm_KD));
    }

    // A Latin letter (U+0080 to U+024F), from a table of their
    // decompositions. None of them is a mark; the marks their
    // decompositions end in are dropped wherever reordering would put them.
    void latin(char16_t c)
    {
        static const std::array<QString, 0x250 - 0x80> table = [] {
            std::array<QString, 0x250 - 0x80> t;
            for (char16_t u = 0x80; u < 0x250; ++u)
                t[u - 0x80] = QString(QChar(u)).normalized(QString::NormalizationForm_KD);
            return t;
        }();
        decomposed(table[c - 0x80]);
    }

    QString result() { return m_needsCaseFold ? m_out.toCaseFolded() : m_out; }

private:
    void decomposed(const QString &text)
    {
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u < 0x80) {
                ascii(u);
                continue;
            }
            const auto category = c.category();
            if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
                category == QChar::Mark_Enclosing)
                continue;
            if (c.isSpace()) {
                m_pendingSpace = !m_out.isEmpty();
                continue;
            }
            flushSpace();
            if (const char16_t *to = special(u)) {
                m_out.append(QString::fromUtf16(to));
                continue;
            }
            m_out.append(c);
            m_needsCaseFold = true;
        }
    }

    void flushSpace()
    {
        if (m_pendingSpace) {
            m_out.append(QLatin1Char(' '));
            m_pendingSpace = false;
        }
    }

    QString m_out;
    bool m_pendingSpace = false;
    bool m_needsCaseFold = false;
};

} // namespace

QString foldText(const QString &text)
{
    // The result is the case folding of the text's compatibility
    // decomposition (NFKD), without marks, with the letters above replaced
    // and runs of white space as one space. ASCII and the Latin letters, the
    // bulk of names and addresses, are folded here directly; only runs of
    // other characters go through QString::normalized().
    Folder folder(text.size());
    const char16_t *data = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        if (data[i] < 0x80) {
            folder.ascii(data[i++]);
            continue;
        }
        if (data[i] < 0x250) {
            folder.latin(data[i++]);
            continue;
        }
        const qsizetype start = i;
        while (i < size && data[i] >= 0x250)
            ++i;
        folder.other(QStringView(data + start, i - start));
    }
    return folder.result();
}

QString escapeLike(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            out.append(QLatin1Char('\\'));
        out.append(c);
    }
    return out;
}

} // namespace Podium
