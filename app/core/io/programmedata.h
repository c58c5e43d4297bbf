#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace Podium {

class Database;

/**
 * Everything a printed programme shows about one event, read in one go and
 * already in the language of the print: texts chosen (with the other
 * language as fallback), names joined, affiliation lines settled and times
 * turned into the event's own time zone.
 */
struct ProgrammeData
{
    /** A person as printed on the programme. */
    struct Person
    {
        QString name;
        /** As in role.role: "chair", "panellist", … */
        QString role;
        /** The line under the name. */
        QString affiliation;
    };

    /** One entry of the timetable. */
    struct Item
    {
        QDateTime start;
        QDateTime end;
        /** As in programme_item.kind. */
        QString kind;
        QString title;
        QString description;
        /** Empty when the item is in the event's own room. */
        QString room;
        QList<Person> people;

        /** Breaks and receptions are set apart from the talking. */
        bool isInterlude() const;
    };

    /** A document listed at the end of the programme. */
    struct Document
    {
        QString title;
        QString kind;
        QString url;
        QString fileName;
    };

    /** "de" or "en": the language the programme is printed in. */
    QString language;
    QString foundationName;
    /** The foundation's logo as stored in the settings (PNG, JPEG or SVG bytes); empty for none. */
    QByteArray foundationLogo;
    QString contactLine;

    QString uid;
    QString series;
    QString title;
    QString subtitle;
    QString topic;
    /** Markdown. */
    QString description;
    QString status;

    QTimeZone timeZone;
    /** Start and end in the event's time zone. */
    QDateTime start;
    QDateTime end;
    bool allDay = false;

    QString venueName;
    QString roomName;
    /** Street, postal code and city, and the country where it is not the foundation's own. */
    QStringList venueAddress;
    QString onlineUrl;

    /** Roles on the event as a whole, such as the chair of the evening. */
    QList<Person> eventPeople;
    QList<Item> items;
    QList<Document> documents;

    /** The zone every reader of the foundation's programmes assumes without being told. */
    static QByteArray homeTimeZone() { return QByteArrayLiteral("Europe/Berlin"); }

    /**
     * Whether the printed times need their zone beside them: when the event
     * is held in another zone than the foundation's home, or when it can be
     * joined online, where readers may sit anywhere.
     */
    bool showsTimeZone() const;

    /** The zone's abbreviation at the event's start ("CEST", "EDT"), or "UTC+05:30". */
    QString timeZoneAbbreviation() const;

    /** True if the programme runs over more than one calendar day. */
    bool spansSeveralDays() const;

    /**
     * Reads event @p eventId. @p language is "de", "en" or empty for the
     * event's own language. Returns nothing, with @p error set, if the event
     * does not exist or the database cannot be read.
     */
    static std::optional<ProgrammeData> load(const Database &database, qint64 eventId,
                                             const QString &language, QString *error);
};

} // namespace Podium
