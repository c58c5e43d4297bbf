#include "programmehtml.h"

#include "printlabels.h"
#include "programmedata.h"

#include <QRegularExpression>
#include <QStringList>

namespace Podium {

namespace {

/** Links keep only schemes a reader can follow safely; "javascript:" becomes text. */
bool safeUrl(const QString &url)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    const QRegularExpressionMatch m = scheme.match(url);
    if (!m.hasMatch())
        return true; // relative
    const QString s = m.captured(0).toLower();
    return s == QLatin1StringView("http:") || s == QLatin1StringView("https:") ||
           s == QLatin1StringView("mailto:");
}

/** The inline Markdown of one paragraph as HTML. */
QString inlineHtml(const QString &text)
{
    QString html;
    const qsizetype n = text.size();
    qsizetype i = 0;
    auto closing = [&](qsizetype from, const QString &marker) {
        const qsizetype at = text.indexOf(marker, from);
        return at > from ? at : qsizetype(-1);
    };
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < n && text.at(i + 1).isPunct()) {
            html += ProgrammeHtml::escape(text.at(i + 1));
            i += 2;
            continue;
        }
        if (c == QLatin1Char('`')) {
            const qsizetype end = closing(i + 1, QStringLiteral("`"));
            if (end > 0) {
                html += QStringLiteral("<code>") +
                        ProgrammeHtml::escape(text.mid(i + 1, end - i - 1)) +
                        QStringLiteral("</code>");
                i = end + 1;
                continue;
            }
        }
        if ((c == QLatin1Char('*') || c == QLatin1Char('_')) && i + 1 < n && text.at(i + 1) == c) {
            const QString marker(2, c);
            const qsizetype end = closing(i + 2, marker);
            if (end > 0) {
                html += QStringLiteral("<strong>") + inlineHtml(text.mid(i + 2, end - i - 2)) +
                        QStringLiteral("</strong>");
                i = end + 2;
                continue;
            }
        }
        // An underscore inside a word ("snake_case") is no emphasis.
        const bool wordInside = c == QLatin1Char('_') && i > 0 && text.at(i - 1).isLetterOrNumber();
        if ((c == QLatin1Char('*') || c == QLatin1Char('_')) && !wordInside && i + 1 < n &&
            !text.at(i + 1).isSpace()) {
            const qsizetype end = closing(i + 1, QString(c));
            if (end > 0 && !text.at(end - 1).isSpace()) {
                html += QStringLiteral("<em>") + inlineHtml(text.mid(i + 1, end - i - 1)) +
                        QStringLiteral("</em>");
                i = end + 1;
                continue;
            }
        }
        if (c == QLatin1Char('[')) {
            static const QRegularExpression link(
                QStringLiteral("\\G\\[([^\\]]*)\\]\\(((?:[^()\\s]|\\([^()\\s]*\\))*)\\)"));
            const QRegularExpressionMatch m = link.match(text, i);
            if (m.hasMatch()) {
                const QString label = inlineHtml(m.captured(1));
                const QString url = m.captured(2);
                html += safeUrl(url) ? QStringLiteral("<a href=\"%1\">%2</a>")
                                           .arg(ProgrammeHtml::escape(url), label)
                                     : label;
                i += m.capturedLength(0);
                continue;
            }
        }
        if (c == QLatin1Char('<')) {
            static const QRegularExpression autolink(QStringLiteral("\\G<(https?://[^>\\s]+)>"));
            const QRegularExpressionMatch m = autolink.match(text, i);
            if (m.hasMatch()) {
                const QString url = ProgrammeHtml::escape(m.captured(1));
                html += QStringLiteral("<a href=\"%1\">%1</a>").arg(url);
                i += m.capturedLength(0);
                continue;
            }
        }
        html += ProgrammeHtml::escape(c);
        ++i;
    }
    return html;
}

QString personHtml(const ProgrammeData::Person &person)
{
    QString html = QStringLiteral("<strong>") + ProgrammeHtml::escape(person.name) +
                   QStringLiteral("</strong>");
    if (!person.affiliation.isEmpty())
        html += QStringLiteral("<br>") + ProgrammeHtml::escape(person.affiliation);
    return html;
}

bool isPanel(const ProgrammeData::Item &item)
{
    for (const ProgrammeData::Person &p : item.people) {
        if (p.role == QLatin1StringView("panellist"))
            return true;
    }
    return false;
}

/** "Chair: <strong>Nora Witt</strong><br>…", the seed's line under a panel. */
QString labelledPersonHtml(const PrintLabels &labels, const ProgrammeData::Person &person,
                           const QString &cssClass)
{
    return QStringLiteral("<p class=\"%1\">%2: %3</p>\n")
        .arg(cssClass, ProgrammeHtml::escape(labels.role(person.role, false)), personHtml(person));
}

const char *const style = R"css(
body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #1c1e21;
       max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
.topic, .series { text-transform: uppercase; letter-spacing: .06em; font-size: .8rem;
                  font-weight: bold; color: #1f4e79; margin: 0; }
.series { color: #5b6169; }
h2 { font-size: 1.9rem; line-height: 1.2; margin: .4rem 0; }
.subtitle { font-size: 1.15rem; margin: 0 0 1rem; }
.date, .venue { color: #5b6169; margin: 0; }
.description { margin: 1.5rem 0; }
h3 { font-size: 1.2rem; margin: 1.6rem 0 .5rem; }
table.programme { border-collapse: collapse; width: 100%; }
table.programme th { text-align: left; font-size: .75rem; text-transform: uppercase;
                     color: #5b6169; border-bottom: 2px solid #1c1e21; padding: .3rem .6rem .3rem 0; }
table.programme td { vertical-align: top; border-bottom: 1px solid #c5cbd3; padding: .5rem .6rem .5rem 0; }
table.programme td.time { white-space: nowrap; font-weight: bold; }
tr.interlude td { color: #5b6169; font-style: italic; background: #f1f3f6; }
.people { margin: .3rem 0 0; padding: 0; list-style: none; }
.panellists { list-style: none; padding: 0; }
.panellists li { margin: 0 0 .7rem; }
)css";

} // namespace

QString ProgrammeHtml::escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '"':
            out += QStringLiteral("&quot;");
            break;
        case '\'':
            out += QStringLiteral("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString ProgrammeHtml::markdownToHtml(const QString &markdown)
{
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
    static const QRegularExpression bullet(QStringLiteral("^\\s{0,3}[-*+]\\s+(.*)$"));
    static const QRegularExpression ordered(QStringLiteral("^\\s{0,3}\\d{1,9}[.)]\\s+(.*)$"));
    static const QRegularExpression quote(QStringLiteral("^\\s{0,3}>\\s?(.*)$"));
    static const QRegularExpression rule(QStringLiteral("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$"));

    QString html;
    QStringList paragraph;
    QString listTag;
    QStringList items;
    QStringList quoted;
    auto flushParagraph = [&] {
        if (!paragraph.isEmpty())
            html += QStringLiteral("<p>") + inlineHtml(paragraph.join(QLatin1Char(' '))) +
                    QStringLiteral("</p>\n");
        paragraph.clear();
    };
    auto flushList = [&] {
        if (!items.isEmpty()) {
            html += QLatin1Char('<') + listTag + QStringLiteral(">\n");
            for (const QString &item : items)
                html += QStringLiteral("<li>") + inlineHtml(item) + QStringLiteral("</li>\n");
            html += QStringLiteral("</") + listTag + QStringLiteral(">\n");
        }
        items.clear();
        listTag.clear();
    };
    auto flushQuote = [&] {
        if (!quoted.isEmpty())
            html += QStringLiteral("<blockquote><p>") + inlineHtml(quoted.join(QLatin1Char(' '))) +
                    QStringLiteral("</p></blockquote>\n");
        quoted.clear();
    };
    auto flushAll = [&] {
        flushParagraph();
        flushList();
        flushQuote();
    };

    const QStringList lines = QString(markdown)
                                  .replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
                                  .split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty()) {
            flushAll();
            continue;
        }
        QRegularExpressionMatch m;
        if ((m = heading.match(line)).hasMatch()) {
            flushAll();
            // The page's title is the h2; the description's sections sit below it.
            const int level = qBound(3, int(m.captured(1).size()) + 1, 6);
            html += QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(inlineHtml(m.captured(2)));
        } else if ((m = rule.match(line)).hasMatch()) {
            flushAll();
            html += QStringLiteral("<hr>\n");
        } else if ((m = bullet.match(line)).hasMatch() || (m = ordered.match(line)).hasMatch()) {
            const QString tag =
                bullet.match(line).hasMatch() ? QStringLiteral("ul") : QStringLiteral("ol");
            flushParagraph();
            flushQuote();
            if (!listTag.isEmpty() && listTag != tag)
                flushList();
            listTag = tag;
            items.append(m.captured(1).trimmed());
        } else if ((m = quote.match(line)).hasMatch()) {
            flushParagraph();
            flushList();
            quoted.append(m.captured(1).trimmed());
        } else if (!items.isEmpty() && line.startsWith(QLatin1Char(' '))) {
            // An indented line continues the list item above it.
            items.last() += QLatin1Char(' ') + line.trimmed();
        } else {
            flushList();
            flushQuote();
            paragraph.append(line.trimmed());
        }
    }
    flushAll();
    return html;
}

QByteArray ProgrammeHtml::render(const ProgrammeData &data)
{
    const PrintLabels labels(data.language);
    auto e = [](const QString &text) { return escape(text); };

    QString html;
    html +=
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .arg(data.language);
    const QString pageTitle =
        data.series.isEmpty() ? data.title : data.title + QStringLiteral(" – ") + data.series;
    html += QStringLiteral("<title>%1</title>\n").arg(e(pageTitle));
    html += QStringLiteral("<meta name=\"generator\" content=\"Podium " PODIUM_VERSION "\">\n");
    html += QStringLiteral("<style>") + QString::fromUtf8(style) + QStringLiteral("</style>\n");
    html += QStringLiteral("</head>\n<body>\n<article class=\"event\">\n");

    if (!data.topic.isEmpty())
        html += QStringLiteral("<p class=\"topic\">%1</p>\n").arg(e(data.topic));
    if (!data.series.isEmpty())
        html += QStringLiteral("<p class=\"series\">%1</p>\n").arg(e(data.series));
    html += QStringLiteral("<h2>%1</h2>\n").arg(e(data.title));
    if (!data.subtitle.isEmpty())
        html += QStringLiteral("<p class=\"subtitle\">%1</p>\n").arg(e(data.subtitle));

    QString when = labels.longDate(data.start.date());
    if (!data.allDay) {
        when += QStringLiteral(", ") + labels.timeRange(data.start.time(), data.end.time());
        if (data.showsTimeZone())
            when += QLatin1Char(' ') + data.timeZoneAbbreviation();
    }
    const QString iso =
        data.allDay ? data.start.date().toString(Qt::ISODate) : data.start.toString(Qt::ISODate);
    html += QStringLiteral("<p class=\"date\"><time datetime=\"%1\">%2</time></p>\n")
                .arg(e(iso), e(when));
    QStringList venue;
    if (!data.venueName.isEmpty())
        venue << data.venueName;
    if (!data.roomName.isEmpty())
        venue << data.roomName;
    venue << data.venueAddress;
    if (!venue.isEmpty())
        html +=
            QStringLiteral("<p class=\"venue\">%1</p>\n").arg(e(venue.join(QStringLiteral(", "))));
    if (!data.onlineUrl.isEmpty() && safeUrl(data.onlineUrl))
        html += QStringLiteral("<p class=\"venue\">%1: <a href=\"%2\">%2</a></p>\n")
                    .arg(e(labels.online()), e(data.onlineUrl));
    if (data.status == QLatin1StringView("cancelled") ||
        data.status == QLatin1StringView("postponed"))
        html += QStringLiteral("<p class=\"status\"><strong>%1</strong></p>\n")
                    .arg(e(labels.status(data.status)));

    if (!data.description.isEmpty())
        html += QStringLiteral("<div class=\"description\">\n") + markdownToHtml(data.description) +
                QStringLiteral("</div>\n");

    if (!data.items.isEmpty()) {
        html += QStringLiteral("<section class=\"programme\">\n<h3>%1</h3>\n")
                    .arg(e(labels.programme()));
        html +=
            QStringLiteral(
                "<table "
                "class=\"programme\">\n<thead><tr><th>%1</th><th>%2</th></tr></thead>\n<tbody>\n")
                .arg(e(labels.timeColumn()), e(labels.itemColumn()));
        const bool days = data.spansSeveralDays();
        for (const ProgrammeData::Item &item : data.items) {
            QString time = labels.timeRange(item.start.time(), item.end.time());
            if (days)
                time = labels.shortDay(item.start.date()) + QLatin1Char(' ') + time;
            html += item.isInterlude() ? QStringLiteral("<tr class=\"interlude\">")
                                       : QStringLiteral("<tr>");
            html += QStringLiteral("<td class=\"time\">%1</td><td><strong>%2</strong>")
                        .arg(e(time), e(item.title));
            if (!item.room.isEmpty())
                html += QStringLiteral(" · ") + e(item.room);
            if (!item.description.isEmpty() && !isPanel(item))
                html += QStringLiteral("<br>") + e(item.description);
            // The people of a panel follow below, in the seed's own form.
            if (!isPanel(item) && !item.people.isEmpty()) {
                html += QStringLiteral("<ul class=\"people\">");
                for (const ProgrammeData::Person &p : item.people)
                    html += QStringLiteral("<li>%1: %2</li>")
                                .arg(e(labels.role(p.role, false)), personHtml(p));
                html += QStringLiteral("</ul>");
            }
            html += QStringLiteral("</td></tr>\n");
        }
        html += QStringLiteral("</tbody>\n</table>\n</section>\n");
    }

    bool panelShown = false;
    for (const ProgrammeData::Item &item : data.items) {
        if (!isPanel(item))
            continue;
        panelShown = true;
        html += QStringLiteral("<section class=\"discussion\">\n<h3>%1</h3>\n").arg(e(item.title));
        if (!item.description.isEmpty())
            html += QStringLiteral("<p class=\"question\">%1</p>\n").arg(e(item.description));
        html += QStringLiteral("<p class=\"panel-label\">%1:</p>\n<ul class=\"panellists\">\n")
                    .arg(e(labels.role(QStringLiteral("panellist"), true)));
        QList<ProgrammeData::Person> others;
        for (const ProgrammeData::Person &p : item.people) {
            if (p.role == QLatin1StringView("panellist"))
                html += QStringLiteral("<li>%1</li>\n").arg(personHtml(p));
            else
                others.append(p);
        }
        html += QStringLiteral("</ul>\n");
        // The chair closes the list, as on the foundation's pages; a panel
        // without one of its own is led by the chair of the evening.
        if (others.isEmpty()) {
            for (const ProgrammeData::Person &p : data.eventPeople) {
                if (p.role == QLatin1StringView("chair") ||
                    p.role == QLatin1StringView("moderator"))
                    others.append(p);
            }
        }
        for (const ProgrammeData::Person &p : others)
            html += labelledPersonHtml(labels, p, QStringLiteral("chair"));
        html += QStringLiteral("</section>\n");
    }
    if (!panelShown && !data.eventPeople.isEmpty()) {
        html += QStringLiteral("<section class=\"people\">\n");
        for (const ProgrammeData::Person &p : data.eventPeople)
            html += labelledPersonHtml(labels, p, QStringLiteral("person"));
        html += QStringLiteral("</section>\n");
    }

    if (!data.documents.isEmpty()) {
        html += QStringLiteral("<section class=\"documents\">\n<h3>%1</h3>\n<ul>\n")
                    .arg(e(labels.documents()));
        for (const ProgrammeData::Document &d : data.documents) {
            const QString kind = e(labels.documentKind(d.kind)) + QStringLiteral(": ");
            if (!d.url.isEmpty() && safeUrl(d.url))
                html += QStringLiteral("<li>%1<a href=\"%2\">%3</a></li>\n")
                            .arg(kind, e(d.url), e(d.title));
            else
                html += QStringLiteral("<li>%1%2</li>\n").arg(kind, e(d.title));
        }
        html += QStringLiteral("</ul>\n</section>\n");
    }
    html += QStringLiteral("<p class=\"foundation\">%1</p>\n").arg(e(data.foundationName));
    html += QStringLiteral("</article>\n</body>\n</html>\n");
    return html.toUtf8();
}

} // namespace Podium
