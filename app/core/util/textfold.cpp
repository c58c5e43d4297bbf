#include "textfold.h"

namespace Podium {

QString foldText(const QString &text)
{
    // Letters that Unicode decomposition leaves alone but a reader treats as
    // a plain letter (or two).
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

    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        bool replaced = false;
        for (const auto &s : specials) {
            if (c.unicode() == s.from) {
                out.append(QString::fromUtf16(s.to));
                replaced = true;
                break;
            }
        }
        if (!replaced)
            out.append(c);
    }
    return out.toCaseFolded();
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
