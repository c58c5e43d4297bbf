#include "printlabels.h"

#include <QTime>

namespace Podium {

namespace {

QString pick(bool german, const char *en, const char *de)
{
    return QString::fromUtf8(german ? de : en);
}

} // namespace

PrintLabels::PrintLabels(const QString &language)
    : m_german(language == QLatin1StringView("de"))
{}

QLocale PrintLabels::locale() const
{
    return m_german ? QLocale(QLocale::German, QLocale::Germany)
                    : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString PrintLabels::defaultFoundationName() const
{
    return pick(m_german, "Development and Peace Foundation", "Stiftung Entwicklung und Frieden");
}

QString PrintLabels::programme() const
{
    return pick(m_german, "Programme", "Programm");
}

QString PrintLabels::programmeContinued() const
{
    return pick(m_german, "Programme (continued)", "Programm (Fortsetzung)");
}

QString PrintLabels::timeColumn() const
{
    return pick(m_german, "Time", "Zeit");
}

QString PrintLabels::itemColumn() const
{
    return pick(m_german, "Item and participants", "Programmpunkt und Mitwirkende");
}

QString PrintLabels::date() const
{
    return pick(m_german, "Date", "Datum");
}

QString PrintLabels::time() const
{
    return pick(m_german, "Time", "Uhrzeit");
}

QString PrintLabels::venue() const
{
    return pick(m_german, "Venue", "Ort");
}

QString PrintLabels::online() const
{
    return pick(m_german, "Online", "Online");
}

QString PrintLabels::documents() const
{
    return pick(m_german, "Documents", "Dokumente");
}

QString PrintLabels::statusLabel() const
{
    return pick(m_german, "Status", "Status");
}

QString PrintLabels::status(const QString &status) const
{
    if (status == QLatin1StringView("cancelled"))
        return pick(m_german, "Cancelled", "Abgesagt");
    if (status == QLatin1StringView("postponed"))
        return pick(m_german, "Postponed", "Verschoben");
    if (status == QLatin1StringView("draft"))
        return pick(m_german, "Draft", "Entwurf");
    return pick(m_german, "Confirmed", "Bestätigt");
}

QString PrintLabels::pageOf(int page, int pageCount) const
{
    return (m_german ? QStringLiteral("Seite %1 von %2") : QStringLiteral("Page %1 of %2"))
        .arg(page)
        .arg(pageCount);
}

QString PrintLabels::longDate(const QDate &date) const
{
    // QLocale's long format differs between Qt versions; these patterns are
    // what a German and a British reader expect on a printed programme.
    return locale().toString(date, m_german ? QStringLiteral("dddd, d. MMMM yyyy")
                                            : QStringLiteral("dddd, d MMMM yyyy"));
}

QString PrintLabels::shortDay(const QDate &date) const
{
    return locale().toString(date, m_german ? QStringLiteral("ddd, d. MMM")
                                            : QStringLiteral("ddd d MMM"));
}

QString PrintLabels::timeRange(const QTime &from, const QTime &to) const
{
    const QString format = QStringLiteral("HH:mm");
    if (!to.isValid() || to == from)
        return from.toString(format);
    return from.toString(format) + QChar(0x2009) + QChar(0x2013) + QChar(0x2009) +
           to.toString(format);
}

QString PrintLabels::role(const QString &role, bool plural) const
{
    struct Entry
    {
        const char *key;
        const char *en;
        const char *enPlural;
        const char *de;
        const char *dePlural;
    };
    // German programmes name the function rather than the person, which
    // needs no gendered noun: "Moderation", "Auf dem Podium", "Impuls".
    static const Entry entries[] = {
        {"welcome", "Welcome", "Welcome", "Begrüßung", "Begrüßung"},
        {"keynote", "Keynote", "Keynotes", "Keynote", "Keynotes"},
        {"speaker", "Speaker", "Speakers", "Impuls", "Impulse"},
        {"panellist", "Panellist", "Panellists", "Auf dem Podium", "Auf dem Podium"},
        {"moderator", "Moderator", "Moderators", "Moderation", "Moderation"},
        {"chair", "Chair", "Chairs", "Moderation", "Moderation"},
    };
    for (const Entry &e : entries) {
        if (role == QLatin1StringView(e.key))
            return QString::fromUtf8(m_german ? (plural ? e.dePlural : e.de)
                                              : (plural ? e.enPlural : e.en));
    }
    return role;
}

QString PrintLabels::documentKind(const QString &kind) const
{
    struct Entry
    {
        const char *key;
        const char *en;
        const char *de;
    };
    static const Entry entries[] = {
        {"agenda", "Agenda", "Ablauf"},
        {"invitation", "Invitation", "Einladung"},
        {"background", "Background", "Hintergrund"},
        {"report", "Report", "Bericht"},
        {"presentation", "Presentation", "Präsentation"},
        {"press", "Press", "Presse"},
        {"photo", "Photos", "Fotos"},
        {"other", "Document", "Dokument"},
    };
    for (const Entry &e : entries) {
        if (kind == QLatin1StringView(e.key))
            return QString::fromUtf8(m_german ? e.de : e.en);
    }
    return pick(m_german, "Document", "Dokument");
}

} // namespace Podium
