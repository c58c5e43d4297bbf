#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace Podium {

/**
 * The fixed words of printed documents ("Programme", "Chair:", "Page 2 of 3")
 * in German and English, and dates written the way each language writes them.
 */
class PrintLabels
{
public:
    /** @p language is "de" or "en"; anything else falls back to English. */
    explicit PrintLabels(const QString &language);

    QString language() const { return m_german ? QStringLiteral("de") : QStringLiteral("en"); }
    bool isGerman() const { return m_german; }
    QLocale locale() const;

    QString defaultFoundationName() const;
    QString programme() const;
    QString programmeContinued() const;
    QString timeColumn() const;
    QString itemColumn() const;
    QString date() const;
    QString time() const;
    QString venue() const;
    QString online() const;
    QString documents() const;
    QString statusLabel() const;
    /** The planning status (as stored in event.status) where a reader must know it. */
    QString status(const QString &status) const;
    /** "Page 2 of 3" / "Seite 2 von 3". */
    QString pageOf(int page, int pageCount) const;

    /** "Tuesday, 19 September 2023" / "Dienstag, 19. September 2023". */
    QString longDate(const QDate &date) const;
    /** A day of a programme over several days: "Di., 3. März", "Tue 3 Mar". */
    QString shortDay(const QDate &date) const;
    /** "19:00–21:00", with an en dash and thin spaces as both languages set it. */
    QString timeRange(const QTime &from, const QTime &to) const;

    /**
     * The label of a role (as stored in role.role) for one person or for
     * several ("Chair" / "Moderation"; "Panellists" / "Auf dem Podium").
     */
    QString role(const QString &role, bool plural) const;

    /** The kind of a document (as stored in document.kind): "Background" / "Hintergrund". */
    QString documentKind(const QString &kind) const;

private:
    bool m_german = false;
};

} // namespace Podium
