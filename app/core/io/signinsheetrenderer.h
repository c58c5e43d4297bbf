#pragma once

#include <QByteArray>
#include <QString>

namespace Podium {

struct AttendeeList;

/**
 * Sets the sign-in sheet of an event, or the list of participants handed
 * out on the evening, as an A4 PDF: a numbered table under the event's title
 * and date, its header repeated on every page, no row split across pages.
 * Needs a QGuiApplication (the offscreen platform will do).
 */
class SignInSheetRenderer
{
public:
    enum class Kind {
        /** With a column for each guest's signature. */
        SignIn,
        /** Without signatures, for handing out. */
        Participants,
    };

    explicit SignInSheetRenderer(Kind kind);

    /** Returns the PDF, or an empty array with @p error set; @p pageCount receives the pages. */
    QByteArray render(const AttendeeList &list, QString *error, int *pageCount = nullptr) const;

private:
    Kind m_kind;
};

} // namespace Podium
