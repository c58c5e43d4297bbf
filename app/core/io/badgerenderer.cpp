#include "badgerenderer.h"

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

// The palette and units of every printed document, so that badges and
// programme belong together.
using namespace PrintStyle;
constexpr qreal pointsPerMm = 72.0 / 25.4;

/** A text set to fit a box: its lines and the size they take. */
struct Fitted
{
    QFont font;
    QStringList lines;
};

qreal widest(const QStringList &lines, const QFont &font, QPaintDevice *device)
{
    const QFontMetricsF metrics(font, device);
    qreal w = 0;
    for (const QString &line : lines)
        w = qMax(w, metrics.horizontalAdvance(line));
    return w;
}

/** @p text on two lines, split at the space that makes the longer line shortest. */
QStringList balancedSplit(const QString &text, const QFont &font, QPaintDevice *device)
{
    QStringList best{text};
    qreal bestWidth = widest(best, font, device);
    for (qsizetype i = text.indexOf(QLatin1Char(' ')); i > 0;
         i = text.indexOf(QLatin1Char(' '), i + 1)) {
        const QStringList candidate{text.left(i).trimmed(), text.mid(i + 1).trimmed()};
        const qreal w = widest(candidate, font, device);
        if (w < bestWidth) {
            best = candidate;
            bestWidth = w;
        }
    }
    return best;
}

/**
 * The largest size up to @p maxPt at which @p text fits @p width and
 * @p height: on one line while that allows at least @p minOneLinePt, else
 * on two. There is no lower limit, so nothing is ever cut.
 */
Fitted fit(const QString &text, QFont font, qreal maxPt, qreal minOneLinePt, int maxLines,
           qreal width, qreal height, QPaintDevice *device)
{
    auto sizeFor = [&](const QStringList &lines) {
        font.setPointSizeF(maxPt);
        const QFontMetricsF metrics(font, device);
        const qreal w = widest(lines, font, device);
        const qreal h = metrics.height() * lines.size();
        // Advance and height grow in proportion to the size, the font being unhinted.
        return qMin(maxPt, maxPt * qMin(w > 0 ? width / w : 1e9, height / h));
    };
    auto settle = [&](QStringList lines, qreal size) {
        font.setPointSizeF(size);
        // Rounding in the shaper can add a hair; step down until it truly fits.
        while (size > 1 && (widest(lines, font, device) > width ||
                            QFontMetricsF(font, device).height() * lines.size() > height)) {
            size *= 0.98;
            font.setPointSizeF(size);
        }
        return Fitted{font, lines};
    };
    const QStringList one{text};
    const qreal oneSize = sizeFor(one);
    if (oneSize >= minOneLinePt || maxLines < 2 || !text.contains(QLatin1Char(' ')))
        return settle(one, oneSize);
    font.setPointSizeF(maxPt);
    const QStringList two = balancedSplit(text, font, device);
    const qreal twoSize = sizeFor(two);
    return twoSize > oneSize ? settle(two, twoSize) : settle(one, oneSize);
}

/** Draws fitted lines from @p top, each at the left of @p x; returns the bottom. */
qreal drawLines(QPainter &painter, const Fitted &fitted, qreal x, qreal top, const QColor &color)
{
    const QFontMetricsF metrics(fitted.font, painter.device());
    painter.setFont(fitted.font);
    painter.setPen(color);
    qreal y = top;
    for (const QString &line : fitted.lines) {
        painter.drawText(QPointF(x, y + metrics.ascent()), line);
        y += metrics.height();
    }
    return y;
}

QRectF pageRectMm(BadgeRenderer::Layout layout, int slot)
{
    if (layout == BadgeRenderer::Layout::A6)
        return QRectF(0, 0, 148, 105);
    // 2 × 90 mm across and 4 × 55 mm down, centred on the A4 sheet.
    const qreal left = (210 - 2 * 90) / 2.0;
    const qreal top = (297 - 4 * 55) / 2.0;
    return QRectF(left + (slot % 2) * 90, top + (slot / 2) * 55, 90, 55);
}

void cutMarks(QPainter &painter)
{
    const QRectF first = pageRectMm(BadgeRenderer::Layout::A4TwoByFour, 0);
    const QRectF last = pageRectMm(BadgeRenderer::Layout::A4TwoByFour, 7);
    painter.save();
    painter.setPen(QPen(rule, pt(0.35), Qt::SolidLine, Qt::FlatCap));
    // Marks stop short of the badges so that no stroke shows on a cut edge.
    for (int c = 0; c <= 2; ++c) {
        const qreal x = mm(first.left() + c * 90);
        painter.drawLine(QPointF(x, mm(first.top() - 9)), QPointF(x, mm(first.top() - 3)));
        painter.drawLine(QPointF(x, mm(last.bottom() + 3)), QPointF(x, mm(last.bottom() + 9)));
    }
    for (int r = 0; r <= 4; ++r) {
        const qreal y = mm(first.top() + r * 55);
        painter.drawLine(QPointF(mm(first.left() - 9), y), QPointF(mm(first.left() - 3), y));
        painter.drawLine(QPointF(mm(last.right() + 3), y), QPointF(mm(last.right() + 9), y));
    }
    painter.restore();
}

} // namespace

bool BadgeRenderer::layoutFromName(const QString &name, Layout *layout)
{
    const QString n = name.toLower();
    if (n == QLatin1StringView("a4-2x4"))
        *layout = Layout::A4TwoByFour;
    else if (n == QLatin1StringView("a6"))
        *layout = Layout::A6;
    else
        return false;
    return true;
}

int BadgeRenderer::badgesPerPage(Layout layout)
{
    return layout == Layout::A6 ? 1 : 8;
}

QRectF BadgeRenderer::badgeRectPt(Layout layout, int slot)
{
    const QRectF r = pageRectMm(layout, slot);
    return QRectF(r.left() * pointsPerMm, r.top() * pointsPerMm, r.width() * pointsPerMm,
                  r.height() * pointsPerMm);
}

BadgeRenderer::BadgeRenderer(Layout layout)
    : m_layout(layout)
{}

QByteArray BadgeRenderer::render(const AttendeeList &list, QString *error, int *pageCount) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(QCoreApplication::translate("Podium::BadgeRenderer",
                                                "Printing badges needs a graphical application "
                                                "object."));
    if (list.people.isEmpty())
        return fail(QCoreApplication::translate("Podium::BadgeRenderer",
                                                "The event has no registered guests and no "
                                                "confirmed speakers to print badges for."));
    QString fontError;
    const QString family = ProgrammeFonts::family(&fontError);
    if (family.isEmpty())
        return fail(fontError);

    const PrintLabels labels(list.language);
    const bool a6 = m_layout == Layout::A6;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(resolution);
    writer.setPageLayout(QPageLayout(QPageSize(a6 ? QPageSize::A6 : QPageSize::A4),
                                     a6 ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(), QPageLayout::Millimeter));
    writer.setTitle((labels.isGerman() ? QStringLiteral("Namensschilder – ")
                                       : QStringLiteral("Name badges – ")) +
                    list.title);
    writer.setCreator(QStringLiteral("Podium " PODIUM_VERSION));

    QFont mastFont = face(family, QFont::Bold, 110);
    mastFont.setCapitalization(QFont::AllUppercase);
    QFont roleFont = face(family, QFont::Bold, 106);
    roleFont.setCapitalization(QFont::AllUppercase);
    const QFont nameFont = face(family, QFont::Bold);
    const QFont orgFont = face(family, QFont::Normal);
    const QFont footFont = face(family, QFont::Normal);
    const QString foot = list.title + QStringLiteral(" · ") + labels.longDate(list.start.date());

    const int perPage = badgesPerPage(m_layout);
    const int pages = int((list.people.size() + perPage - 1) / perPage);
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(QCoreApplication::translate("Podium::BadgeRenderer", "Cannot start the PDF."));
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < list.people.size(); ++i) {
        const int slot = i % perPage;
        if (slot == 0) {
            if (i > 0)
                writer.newPage();
            if (!a6)
                cutMarks(painter);
        }
        const AttendeeList::Entry &person = list.people[i];
        const QRectF r = pageRectMm(m_layout, slot);
        // Everything is drawn for 90 × 55 mm and scaled up on A6: the same
        // badge, larger.
        const qreal s = a6 ? r.width() / 90 : 1;
        const qreal v = a6 ? r.height() / 55 : 1;
        const QRectF box(mm(r.left()), mm(r.top()), mm(r.width()), mm(r.height()));
        const qreal pad = mm(6) * s;
        const qreal inner = box.width() - 2 * pad;

        if (!a6) {
            painter.save();
            painter.setPen(QPen(outline, pt(0.3)));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(box);
            painter.restore();
        }
        // A band of the foundation's blue at the top edge.
        painter.fillRect(QRectF(box.left(), box.top(), box.width(), mm(2.4) * v), accent);

        const Fitted mast =
            fit(list.foundationName, mastFont, 5.8 * s, 4, 1, inner, mm(4) * v, &writer);
        drawLines(painter, mast, box.left() + pad, box.top() + mm(5.2) * v, grey);

        qreal y = box.top() + mm(13) * v;
        if (!person.role.isEmpty()) {
            const Fitted role = fit(labels.role(person.role, false), roleFont, 7.5 * s, 5, 1, inner,
                                    mm(4) * v, &writer);
            drawLines(painter, role, box.left() + pad, y, accent);
        }
        y += mm(4.8) * v;
        const Fitted name =
            fit(person.fullName(), nameFont, 19 * s, 13 * s, 2, inner, mm(15) * v, &writer);
        y = drawLines(painter, name, box.left() + pad, y, ink);
        if (!person.organisation.isEmpty()) {
            const Fitted org =
                fit(person.organisation, orgFont, 9 * s, 8.5 * s, 2, inner, mm(8) * v, &writer);
            drawLines(painter, org, box.left() + pad, y + mm(1.2) * v, grey);
        }

        const qreal footRule = box.bottom() - mm(9) * v;
        painter.save();
        painter.setPen(QPen(rule, pt(0.35), Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(QPointF(box.left() + pad, footRule), QPointF(box.right() - pad, footRule));
        painter.restore();
        const Fitted footText = fit(foot, footFont, 6.3 * s, 4, 1, inner, mm(4) * v, &writer);
        drawLines(painter, footText, box.left() + pad, footRule + mm(2) * v, grey);
    }
    painter.end();
    if (pageCount)
        *pageCount = pages;
    return buffer.data();
}

} // namespace Podium
