#include "mailingexport.h"

#include "io/csvwriter.h"
#include "storage/database.h"

#include <QSqlQuery>

namespace Podium {

QList<MailingExport::Contact> MailingExport::contacts(const Database &database, qint64 eventId)
{
    QString sql = QStringLiteral(
        "SELECT p.id, p.honorific, p.given_name, p.family_name, p.email, o.name, p.position, "
        "p.consent_contact_at FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id "
        "WHERE p.consent_contact = 1 AND p.email IS NOT NULL AND trim(p.email) <> ''");
    if (eventId != 0)
        sql += QStringLiteral(
            " AND (EXISTS (SELECT 1 FROM registration r WHERE r.person_id = p.id AND r.event_id = "
            "?) OR EXISTS (SELECT 1 FROM role x WHERE x.person_id = p.id AND x.event_id = ?))");
    sql += QStringLiteral(" ORDER BY p.sort_key, p.id");
    QSqlQuery q = database.prepare(sql);
    if (eventId != 0) {
        q.addBindValue(eventId);
        q.addBindValue(eventId);
    }
    QList<Contact> out;
    if (!Database::exec(q))
        return out;
    while (q.next()) {
        Contact c;
        c.personId = q.value(0).toLongLong();
        c.honorific = q.value(1).toString();
        c.givenName = q.value(2).toString();
        c.familyName = q.value(3).toString();
        c.email = q.value(4).toString().trimmed();
        c.organisation = q.value(5).toString();
        c.position = q.value(6).toString();
        c.consentAt = q.value(7).toString();
        out.append(c);
    }
    return out;
}

QByteArray MailingExport::toCsv(const QList<Contact> &contacts)
{
    CsvWriter writer(CsvWriter::Options{});
    writer.addRow({QStringLiteral("honorific"), QStringLiteral("given_name"),
                   QStringLiteral("family_name"), QStringLiteral("email"),
                   QStringLiteral("organisation"), QStringLiteral("position"),
                   QStringLiteral("consent_contact_at")});
    for (const Contact &c : contacts)
        writer.addRow({c.honorific, c.givenName, c.familyName, c.email, c.organisation, c.position,
                       c.consentAt});
    return writer.data();
}

QString MailingExport::escapeVCardText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (c == QLatin1Char(','))
            out += QStringLiteral("\\,");
        else if (c == QLatin1Char(';'))
            out += QStringLiteral("\\;");
        else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QStringLiteral("\\n");
        } else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

QByteArray MailingExport::foldVCardLine(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    int lineLength = 0;
    for (qsizetype i = 0; i < utf8.size();) {
        // The length of the UTF-8 sequence that starts here.
        const auto lead = static_cast<unsigned char>(utf8.at(i));
        qsizetype n = 1;
        if (lead >= 0xF0)
            n = 4;
        else if (lead >= 0xE0)
            n = 3;
        else if (lead >= 0xC0)
            n = 2;
        if (lineLength + n > 75) {
            out += "\r\n ";
            lineLength = 1;
        }
        out += utf8.mid(i, n);
        lineLength += int(n);
        i += n;
    }
    out += "\r\n";
    return out;
}

QByteArray MailingExport::toVCard(const QList<Contact> &contacts)
{
    QByteArray out;
    for (const Contact &c : contacts) {
        QStringList parts;
        for (const QString &part : {c.honorific, c.givenName, c.familyName}) {
            if (!part.trimmed().isEmpty())
                parts << part.trimmed();
        }
        const QString full = parts.join(QLatin1Char(' '));
        out += "BEGIN:VCARD\r\nVERSION:4.0\r\n";
        out += foldVCardLine(QStringLiteral("FN:") + escapeVCardText(full));
        // N: family; given; additional; prefixes; suffixes.
        out += foldVCardLine(QStringLiteral("N:%1;%2;;%3;")
                                 .arg(escapeVCardText(c.familyName), escapeVCardText(c.givenName),
                                      escapeVCardText(c.honorific)));
        out += foldVCardLine(QStringLiteral("EMAIL;TYPE=work:") + escapeVCardText(c.email));
        if (!c.organisation.trimmed().isEmpty())
            out += foldVCardLine(QStringLiteral("ORG:") + escapeVCardText(c.organisation));
        if (!c.position.trimmed().isEmpty())
            out += foldVCardLine(QStringLiteral("TITLE:") + escapeVCardText(c.position));
        out += "END:VCARD\r\n";
    }
    return out;
}

} // namespace Podium
