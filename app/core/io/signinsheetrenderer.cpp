#include "signinsheetrenderer.h"

#include "printstyle.h"

#include "attendeelist.h"
#include "printlabels.h"
#include "programmefonts.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace Podium {

namespace {

using namespace PrintStyle;

QFont face(const QString &family, qreal size, QFont::Weight weight, qreal spacing = 100)
{
    QFont f = PrintStyle::face(family, weight, spacing);
    f.setPointSizeF(size);
    return f;
}

/** The words of the two lists that the programme's labels do not have. */
struct SheetLabels
{
    explicit SheetLabels(bool german)
        : german(german)
    {}

    QString pick(const char *en, const char *de) const
    {
        return QString::fromUtf8(german ? de : en);
    }

    bool german;
};

} // namespace

SignInSheetRenderer::SignInSheetRenderer(Kind kind)
    : m_kind(kind)
{}

QByteArray SignInSheetRenderer::render(const AttendeeList &list, QString *error,
                                       int *pageCount) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(QCoreApplication::translate("Podium::SignInSheetRenderer",
                                                "Printing a list needs a graphical application "
                                                "object."));
    QString fontError;
    const QString family = ProgrammeFonts::family(&fontError);
    if (family.isEmpty())
        return fail(fontError);

    const PrintLabels labels(list.language);
    const SheetLabels words(labels.isGerman());
    const bool signIn = m_kind == Kind::SignIn;
    const QString kindTitle = signIn ? words.pick("Sign-in sheet", "Anwesenheitsliste")
                                     : words.pick("Participants", "Teilnehmende");

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(resolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(),
                                     QPageLayout::Millimeter));
    writer.setTitle(kindTitle + QStringLiteral(" – ") + list.title);
    writer.setCreator(QStringLiteral("Podium " PODIUM_VERSION));

    const QRectF paper = writer.pageLayout().fullRectPixels(resolution);
    const qreal left = paper.left() + mm(20);
    const qreal right = paper.right() - mm(18);
    const qreal top = paper.top() + mm(16);
    const qreal footRule = paper.bottom() - mm(14);
    const qreal bottom = footRule - mm(6);

    const QFont masthead = [&] {
        QFont f = face(family, 7.5, QFont::Bold, 110);
        f.setCapitalization(QFont::AllUppercase);
        return f;
    }();
    const QFont kicker = [&] {
        QFont f = face(family, 8.5, QFont::Bold, 106);
        f.setCapitalization(QFont::AllUppercase);
        return f;
    }();
    const QFont titleFont = face(family, 17, QFont::Bold);
    const QFont meta = face(family, 9.5, QFont::Normal);
    const QFont columnHead = [&] {
        QFont f = face(family, 7, QFont::Bold, 104);
        f.setCapitalization(QFont::AllUppercase);
        return f;
    }();
    const QFont numberFont = face(family, 8.5, QFont::Normal);
    const QFont name = face(family, 10, QFont::Bold);
    const QFont organisation = face(family, 9, QFont::Normal);
    const QFont small = face(family, 7, QFont::Normal);
    const QFontMetricsF titleMetrics(titleFont, &writer);
    const QFontMetricsF nameMetrics(name, &writer);
    const QFontMetricsF orgMetrics(organisation, &writer);
    const QFontMetricsF headMetrics(columnHead, &writer);
    const QFontMetricsF smallMetrics(small, &writer);

    // Columns: a narrow number, the name, the organisation and, on the
    // sign-in sheet, a signature field wide enough for a real signature.
    const qreal width = right - left;
    const qreal numberWidth = mm(11);
    const qreal signatureWidth = signIn ? mm(50) : 0;
    const qreal textWidth = width - numberWidth - signatureWidth;
    const qreal nameWidth = textWidth * (signIn ? 0.46 : 0.45);
    const qreal orgWidth = textWidth - nameWidth;
    const qreal nameX = left + numberWidth;
    const qreal orgX = nameX + nameWidth;
    const qreal signatureX = orgX + orgWidth;
    const qreal gutter = mm(3);
    // A signature needs room to write in; a printed list reads better tight.
    const qreal minimumRow = signIn ? mm(10.5) : mm(7);
    const qreal padding = mm(2);

    // Row heights first, so that the pages (and "Page x of y") are known
    // before anything is drawn.
    const int flags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
    QList<qreal> heights;
    for (const AttendeeList::Entry &person : list.people) {
        const qreal n =
            nameMetrics
                .boundingRect(QRectF(0, 0, nameWidth - gutter, 1e9), flags, person.sortedName())
                .height();
        const qreal o = person.organisation.isEmpty()
                            ? 0
                            : orgMetrics
                                  .boundingRect(QRectF(0, 0, orgWidth - gutter, 1e9), flags,
                                                person.organisation)
                                  .height();
        heights.append(qMax(minimumRow, qMax(n, o) + 2 * padding));
    }

    const QFontMetricsF mastMetrics(masthead, &writer);
    const QFontMetricsF metaMetrics(meta, &writer);
    const qreal titleHeight =
        titleMetrics.boundingRect(QRectF(0, 0, width, 1e9), flags, list.title).height();
    const qreal headerHeight =
        mastMetrics.height() + mm(4) + titleHeight + mm(2) + metaMetrics.height() + mm(8);
    const qreal tableHeadHeight = headMetrics.height() + mm(3);
    QList<QList<int>> pages(1);
    qreal y = top + headerHeight + tableHeadHeight;
    for (int i = 0; i < heights.size(); ++i) {
        if (y + heights[i] > bottom && !pages.last().isEmpty()) {
            pages.append(QList<int>());
            y = top + headerHeight + tableHeadHeight;
        }
        pages.last().append(i);
        y += heights[i];
    }

    const QString date = labels.longDate(list.start.date());
    const QString headline = list.series.isEmpty()
                                 ? list.foundationName
                                 : list.foundationName + QStringLiteral(" · ") + list.series;
    const QString countLine = signIn ? words.pick("%1 registered", "%1 angemeldet")
                                     : words.pick("%1 participants", "%1 Teilnehmende");

    QPainter painter;
    if (!painter.begin(&writer))
        return fail(
            QCoreApplication::translate("Podium::SignInSheetRenderer", "Cannot start the PDF."));
    painter.setRenderHint(QPainter::Antialiasing);
    int number = 0;
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        // The header: every page names its event, since sheets get separated.
        qreal line = top;
        painter.setPen(grey);
        painter.setFont(masthead);
        painter.drawText(QPointF(left, line + mastMetrics.ascent()), headline);
        painter.setPen(accent);
        painter.setFont(kicker);
        const QFontMetricsF kickerMetrics(kicker, &writer);
        painter.drawText(QPointF(right - kickerMetrics.horizontalAdvance(kindTitle),
                                 line + mastMetrics.ascent()),
                         kindTitle);
        line += mastMetrics.height() + mm(4);
        painter.setPen(ink);
        painter.setFont(titleFont);
        painter.drawText(QRectF(left, line, width, titleHeight), flags, list.title);
        line += titleHeight + mm(2);
        painter.setPen(grey);
        painter.setFont(meta);
        const QString when =
            date + QStringLiteral(", ") + list.start.time().toString(QStringLiteral("HH:mm"));
        painter.drawText(QPointF(left, line + metaMetrics.ascent()), when);
        const QString count = countLine.arg(list.people.size());
        painter.drawText(
            QPointF(right - metaMetrics.horizontalAdvance(count), line + metaMetrics.ascent()),
            count);

        // The table's header, repeated on every page.
        qreal row = top + headerHeight;
        painter.setFont(columnHead);
        painter.setPen(grey);
        const qreal headBase = row + headMetrics.ascent();
        painter.drawText(QPointF(left, headBase), words.pick("No.", "Nr."));
        painter.drawText(QPointF(nameX, headBase), words.pick("Name", "Name"));
        painter.drawText(QPointF(orgX, headBase), words.pick("Organisation", "Organisation"));
        if (signIn)
            painter.drawText(QPointF(signatureX + gutter, headBase),
                             words.pick("Signature", "Unterschrift"));
        row += tableHeadHeight;
        hairline(painter, left, right, row - mm(1.2), ink, 0.7);

        for (const int i : pages[p]) {
            const AttendeeList::Entry &person = list.people[i];
            const qreal h = heights[i];
            ++number;
            if (!signIn && number % 2 == 0)
                painter.fillRect(QRectF(left, row, width, h), band);
            painter.setPen(grey);
            painter.setFont(numberFont);
            painter.drawText(QRectF(left, row + padding + pt(1), numberWidth - gutter, h),
                             Qt::AlignLeft | Qt::AlignTop, QString::number(number));
            painter.setPen(ink);
            painter.setFont(name);
            painter.drawText(QRectF(nameX, row + padding, nameWidth - gutter, h), flags,
                             person.sortedName());
            if (!person.organisation.isEmpty()) {
                painter.setPen(grey);
                painter.setFont(organisation);
                painter.drawText(QRectF(orgX, row + padding + pt(0.6), orgWidth - gutter, h), flags,
                                 person.organisation);
            }
            if (signIn) {
                // The signature line sits low in its field, where a hand
                // writes; the field is set off by a faint vertical rule.
                painter.save();
                painter.setPen(QPen(rule, pt(0.4)));
                painter.drawLine(QPointF(signatureX, row + mm(1)),
                                 QPointF(signatureX, row + h - mm(1)));
                painter.restore();
                hairline(painter, signatureX + gutter, right, row + h - mm(2.2), grey, 0.5);
            }
            row += h;
            hairline(painter, left, right, row, rule, 0.35);
        }

        // The footer.
        hairline(painter, left, right, footRule, rule, 0.4);
        painter.setFont(small);
        painter.setPen(grey);
        const qreal footBase = footRule + mm(2.2) + smallMetrics.ascent();
        const QString footLeft = kindTitle + QStringLiteral(" · ") + list.title;
        const QString pageText = labels.pageOf(int(p) + 1, int(pages.size()));
        const qreal pageWidth = smallMetrics.horizontalAdvance(pageText);
        painter.drawText(
            QPointF(left, footBase),
            smallMetrics.elidedText(footLeft, Qt::ElideRight, width - pageWidth - mm(8)));
        painter.drawText(QPointF(right - pageWidth, footBase), pageText);
    }
    painter.end();
    if (pageCount)
        *pageCount = int(pages.size());
    return buffer.data();
}

} // namespace Podium
