#pragma once

#include <QByteArray>
#include <QRectF>
#include <QString>

namespace Podium {

struct AttendeeList;

/**
 * Sets name badges for the people of an event as a PDF: the name large,
 * the organisation below it, the role for speakers and the event's title
 * small at the foot. Long names are set smaller, or on two lines, until
 * they fit; they are never cut. Needs a QGuiApplication (offscreen will do).
 */
class BadgeRenderer
{
public:
    enum class Layout {
        /** Eight badges of 90 × 55 mm on A4, as common badge inserts and label sheets have them. */
        A4TwoByFour,
        /** One badge filling an A6 sheet, landscape. */
        A6,
    };

    /** Reads "a4-2x4" or "a6" (any case); false for anything else. */
    static bool layoutFromName(const QString &name, Layout *layout);

    static int badgesPerPage(Layout layout);

    /** Where badge @p slot (0-based, row by row) of a page lies, in PDF points from the top left.
     */
    static QRectF badgeRectPt(Layout layout, int slot);

    explicit BadgeRenderer(Layout layout);

    /**
     * Returns the PDF, or an empty array with @p error set (also when there
     * is nobody to print a badge for). @p pageCount receives the pages.
     */
    QByteArray render(const AttendeeList &list, QString *error, int *pageCount = nullptr) const;

private:
    Layout m_layout;
};

} // namespace Podium
