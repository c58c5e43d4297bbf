#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Podium {

class Database;

/**
 * The addresses for a mailing: only people who agreed to be contacted
 * (consent_contact), with an e-mail address, optionally only those
 * registered for or speaking at one event. Nobody else's contact data ever
 * leaves through it.
 *
 * Threading: as for Database, use only on the thread that opened it.
 */
class MailingExport
{
public:
    struct Contact
    {
        qint64 personId = 0;
        QString honorific;
        QString givenName;
        QString familyName;
        QString email;
        QString organisation;
        QString position;
        /** When they agreed to be contacted (stored form). */
        QString consentAt;
    };

    /**
     * Everyone who agreed to be contacted and has an address, in the order
     * of a sign-in sheet; with @p eventId (not 0) only the event's registered
     * guests and speakers.
     */
    static QList<Contact> contacts(const Database &database, qint64 eventId);

    /** CSV (RFC 4180) with a header line, formula cells neutralised. */
    static QByteArray toCsv(const QList<Contact> &contacts);

    /** vCard 4.0 (RFC 6350): one card per person, text escaped and lines folded. */
    static QByteArray toVCard(const QList<Contact> &contacts);

    /** Escapes a vCard text value (RFC 6350 §3.4): backslash, comma, semicolon, newline. */
    static QString escapeVCardText(const QString &text);
    /** Folds one content line at 75 octets (RFC 6350 §3.2), never inside a UTF-8 sequence. */
    static QByteArray foldVCardLine(const QString &line);
};

} // namespace Podium
