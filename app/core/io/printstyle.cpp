#include "printstyle.h"

#include <QPainter>
#include <QPen>

namespace Podium::PrintStyle {

QFont face(const QString &family, QFont::Weight weight, qreal spacing)
{
    QFont f(family);
    f.setWeight(weight);
    f.setKerning(true);
    // Any letter spacing turns Qt's ligatures off; 100.02 % is invisible.
    f.setLetterSpacing(QFont::PercentageSpacing, spacing == 100 ? 100.02 : spacing);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

void hairline(QPainter &painter, qreal x1, qreal x2, qreal y, const QColor &color, qreal widthPt)
{
    painter.save();
    painter.setPen(QPen(color, pt(widthPt), Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(x1, y), QPointF(x2, y));
    painter.restore();
}

} // namespace Podium::PrintStyle
