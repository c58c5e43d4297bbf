#pragma once

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>
#include <QWidget>

namespace Podium {

/**
 * A horizontal bar chart drawn with QPainter: one bar per row, each made of
 * stacked segments (attended, no-shows, open…), with a legend above and a
 * note after each bar. Text, axis and background come from the palette, so
 * the chart reads in light and dark themes alike; a segment takes either a
 * palette role or a fixed colour chosen to stand out on both.
 */
class BarChart : public QWidget
{
    Q_OBJECT

public:
    struct Segment
    {
        QString name;
        /** Used if valid; otherwise the palette's colour for @c role. */
        QColor color;
        QPalette::ColorRole role = QPalette::Highlight;
    };

    struct Bar
    {
        QString label;
        /** One value per segment, in the order of segments(). */
        QList<int> values;
        /** Shown after the bar ("87.5 %"). */
        QString note;

        int total() const;
    };

    explicit BarChart(QWidget *parent = nullptr);

    void setSegments(const QList<Segment> &segments);
    const QList<Segment> &segments() const { return m_segments; }
    void setBars(const QList<Bar> &bars);
    const QList<Bar> &bars() const { return m_bars; }
    /** Shown instead of the chart when there are no bars. */
    void setEmptyText(const QString &text);

    /** The colour segment @p index is drawn in, under the current palette. */
    QColor segmentColor(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int rowHeight() const;
    int legendHeight() const;

    QList<Segment> m_segments;
    QList<Bar> m_bars;
    QString m_emptyText;
};

} // namespace Podium
