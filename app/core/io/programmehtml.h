#pragma once

#include <QByteArray>
#include <QString>

namespace Podium {

struct ProgrammeData;

/**
 * Writes an event's programme as a standalone UTF-8 HTML page in the form
 * of the foundation's event pages (topic, title, subtitle, date,
 * description, programme, the discussion round with its chair), ready to
 * paste into the website. Every text is escaped; the page names speakers
 * only, never guests, and carries no contact data.
 */
class ProgrammeHtml
{
public:
    static QByteArray render(const ProgrammeData &data);

    /**
     * The Markdown of a description as HTML: paragraphs, headings (from
     * h3 down, below the page's h2 title), lists, emphasis, code and links.
     * Raw HTML in the Markdown is escaped, never passed through.
     */
    static QString markdownToHtml(const QString &markdown);

    /** Escapes & < > " and ' for text and attribute values. */
    static QString escape(const QString &text);
};

} // namespace Podium
