#include "barchart.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Podium {

int BarChart::Bar::total() const
{
    int sum = 0;
    for (const int v : values)
        sum += std::max(0, v);
    return sum;
}

BarChart::BarChart(QWidget *parent)
    : QWidget(parent)
{
    setBackgroundRole(QPalette::Base);
    setForegroundRole(QPalette::Text);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void BarChart::setSegments(const QList<Segment> &segments)
{
    m_segments = segments;
    updateGeometry();
    update();
}

void BarChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    updateGeometry();
    update();
}

void BarChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

QColor BarChart::segmentColor(int index) const
{
    const Segment &s = m_segments.at(index);
    return s.color.isValid() ? s.color : palette().color(s.role);
}

int BarChart::rowHeight() const
{
    return fontMetrics().height() * 3 / 2 + 4;
}

int BarChart::legendHeight() const
{
    return fontMetrics().height() * 2;
}

QSize BarChart::sizeHint() const
{
    const int rows = std::max<int>(1, int(m_bars.size()));
    return {600, legendHeight() + rows * rowHeight() + fontMetrics().height()};
}

QSize BarChart::minimumSizeHint() const
{
    return {300, legendHeight() + rowHeight() + fontMetrics().height()};
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QFontMetrics fm = fontMetrics();
    const int margin = fm.height() / 2;
    QRect area = rect().adjusted(margin, margin / 2, -margin, -margin / 2);

    // The legend: a swatch and a name per segment.
    int x = area.left();
    const int swatch = fm.height() * 2 / 3;
    const int legendY = area.top() + (legendHeight() - fm.height()) / 2;
    for (int i = 0; i < m_segments.size(); ++i) {
        const QRect box(x, legendY + (fm.height() - swatch) / 2, swatch, swatch);
        p.fillRect(box, segmentColor(i));
        p.setPen(text);
        const QString name = m_segments.at(i).name;
        p.drawText(QPoint(box.right() + margin / 2 + 1, legendY + fm.ascent()), name);
        x = box.right() + margin / 2 + fm.horizontalAdvance(name) + margin * 2;
    }
    area.setTop(area.top() + legendHeight());

    if (m_bars.isEmpty()) {
        p.setPen(pal.color(QPalette::Disabled, QPalette::Text));
        p.drawText(area, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
        return;
    }

    int labelWidth = 0;
    int noteWidth = 0;
    int maxTotal = 1;
    for (const Bar &b : m_bars) {
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(b.label));
        noteWidth = std::max(noteWidth, fm.horizontalAdvance(b.note));
        maxTotal = std::max(maxTotal, b.total());
    }
    labelWidth = std::min(labelWidth, area.width() * 2 / 5) + margin;
    const int numberWidth = fm.horizontalAdvance(QString::number(maxTotal)) + margin;
    noteWidth += margin;
    const int barLeft = area.left() + labelWidth;
    const int barWidth = std::max(10, area.width() - labelWidth - numberWidth - noteWidth);

    // The axis the bars start from, and light grid lines at quarters.
    const int rowsBottom = area.top() + int(m_bars.size()) * rowHeight();
    QColor grid = pal.color(QPalette::Text);
    grid.setAlpha(40);
    for (int q = 1; q <= 4; ++q) {
        const int gx = barLeft + barWidth * q / 4;
        p.setPen(QPen(grid, 1, Qt::DashLine));
        p.drawLine(gx, area.top(), gx, rowsBottom);
        p.setPen(pal.color(QPalette::Disabled, QPalette::Text));
        const QString tick = QString::number(maxTotal * q / 4.0, 'g', 3);
        p.drawText(QRect(gx - 40, rowsBottom, 80, fm.height()), Qt::AlignHCenter | Qt::AlignTop,
                   tick);
    }
    p.setPen(QPen(text, 1));
    p.drawLine(barLeft, area.top(), barLeft, rowsBottom);

    for (int row = 0; row < m_bars.size(); ++row) {
        const Bar &b = m_bars.at(row);
        const int top = area.top() + row * rowHeight();
        const QRect labelRect(area.left(), top, labelWidth - margin, rowHeight());
        p.setPen(text);
        p.drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(b.label, Qt::ElideRight, labelRect.width()));
        const int barHeight = rowHeight() * 3 / 5;
        const int barTop = top + (rowHeight() - barHeight) / 2;
        double offset = 0;
        for (int i = 0; i < b.values.size() && i < m_segments.size(); ++i) {
            const double w = double(std::max(0, b.values.at(i))) * barWidth / maxTotal;
            if (w <= 0)
                continue;
            p.fillRect(QRectF(barLeft + offset, barTop, w, barHeight), segmentColor(i));
            offset += w;
        }
        p.setPen(text);
        const QRect numberRect(barLeft + int(offset) + margin / 2, top, numberWidth, rowHeight());
        p.drawText(numberRect, Qt::AlignLeft | Qt::AlignVCenter, QString::number(b.total()));
        const QRect noteRect(area.right() - noteWidth + margin, top, noteWidth - margin,
                             rowHeight());
        p.drawText(noteRect, Qt::AlignRight | Qt::AlignVCenter, b.note);
    }
}

} // namespace Podium
