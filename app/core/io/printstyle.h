#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class QPainter;

namespace Podium {

/**
 * What every printed document of Podium shares, so that the papers of one
 * evening (programme, sign-in sheet, badges) look like one set: the palette,
 * the drawing resolution and its units, the text face and the hairline.
 */
namespace PrintStyle {

// One restrained palette: near-black text, a grey for secondary lines, one
// deep blue for the structure, and hairlines light enough to guide the eye
// without boxing anything in.
inline const QColor ink{0x1c, 0x1e, 0x21};
inline const QColor grey{0x5b, 0x61, 0x69};
inline const QColor accent{0x1f, 0x4e, 0x79};
inline const QColor rule{0xc5, 0xcb, 0xd3};
inline const QColor band{0xf1, 0xf3, 0xf6};
inline const QColor outline{0xe2, 0xe6, 0xea};
inline const QColor alert{0x9b, 0x1c, 0x1c};

/** Device units per inch of every PDF Podium draws. */
constexpr int resolution = 1200;

/** @p points (1/72 inch) in device units. */
constexpr qreal pt(qreal points)
{
    return points * resolution / 72.0;
}

/** @p millimetres in device units. */
constexpr qreal mm(qreal millimetres)
{
    return millimetres * resolution / 25.4;
}

/**
 * A face of @p family for print: kerned, unhinted, and with a letter
 * spacing that keeps ligatures off, so that extracted text reads "fi" and
 * not the single character "ﬁ" that no search finds.
 */
QFont face(const QString &family, QFont::Weight weight, qreal spacing = 100);

/** A horizontal rule @p widthPt points thick from @p x1 to @p x2 at @p y. */
void hairline(QPainter &painter, qreal x1, qreal x2, qreal y, const QColor &color, qreal widthPt);

} // namespace PrintStyle
} // namespace Podium
