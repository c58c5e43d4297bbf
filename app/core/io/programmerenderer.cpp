#include "programmerenderer.h"

#include "printstyle.h"

#include "printlabels.h"
#include "programmedata.h"
#include "programmefonts.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>

#include <functional>
#include <memory>
#include <vector>

namespace Podium {

namespace {

using namespace PrintStyle;

/** A piece of rich text laid out at a fixed width on the PDF's own metrics. */
class TextBox
{
public:
    TextBox(QPaintDevice *device, const QFont &font, qreal width)
        : m_cursor(&m_doc)
    {
        m_doc.documentLayout()->setPaintDevice(device);
        m_doc.setDefaultFont(font);
        m_doc.setDocumentMargin(0);
        m_doc.setTextWidth(width);
    }

    QTextDocument &document() { return m_doc; }

    /** Starts a paragraph; the first call takes over the document's empty first block. */
    void paragraph(const QTextBlockFormat &format, const QTextCharFormat &chars)
    {
        if (m_empty) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(chars);
            m_empty = false;
        } else {
            m_cursor.insertBlock(format, chars);
        }
    }

    void text(const QString &text, const QTextCharFormat &format)
    {
        m_cursor.insertText(text, format);
    }

    qreal height() const { return m_doc.documentLayout()->documentSize().height(); }

    qreal naturalWidth() const { return m_doc.idealWidth(); }

    /** Draws the part of the box between @p from and @p to at @p origin. */
    void draw(QPainter &painter, QPointF origin, qreal from, qreal to) const
    {
        painter.save();
        painter.translate(origin.x(), origin.y() - from);
        // Shrunk by a device unit so that a line that merely touches the cut
        // is not drawn (and extracted) on both pages.
        const QRectF clip(-mm(5), from + 1, m_doc.textWidth() + mm(10), to - from - 2);
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, ink);
        m_doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }

    void draw(QPainter &painter, QPointF origin) const { draw(painter, origin, 0, height() + 2); }

    /**
     * Offsets at which the box may be split across pages: between
     * paragraphs, never right after a heading, and inside a paragraph only
     * where two lines stay on either side.
     */
    QList<qreal> breakPoints() const
    {
        QList<qreal> breaks;
        bool previousIsHeading = true; // no break before the first block
        for (QTextBlock block = m_doc.begin(); block.isValid(); block = block.next()) {
            const QTextLayout *layout = block.layout();
            const QRectF rect = m_doc.documentLayout()->blockBoundingRect(block);
            if (!previousIsHeading && rect.top() > 0)
                breaks.append(rect.top());
            const int lines = layout->lineCount();
            for (int i = 2; i <= lines - 2; ++i)
                breaks.append(layout->position().y() + layout->lineAt(i).y());
            previousIsHeading = block.blockFormat().headingLevel() > 0;
        }
        return breaks;
    }

private:
    QTextDocument m_doc;
    QTextCursor m_cursor;
    bool m_empty = true;
};

/**
 * Converts points into the units of QTextDocument's margins and indents,
 * which its layout scales from the screen's resolution to the PDF's; the
 * same conversion undone here keeps the spacing identical on every screen.
 */
qreal layoutPt(qreal points)
{
    qreal screenDpi = 100;
    if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi))
        screenDpi = 96;
    else if (const QScreen *screen = QGuiApplication::primaryScreen())
        screenDpi = qRound(screen->logicalDotsPerInchY());
    return points * screenDpi / 72.0;
}

QTextBlockFormat blockFormat(qreal topPt = 0, qreal bottomPt = 0, int lineHeightPercent = 100)
{
    QTextBlockFormat f;
    f.setTopMargin(layoutPt(topPt));
    f.setBottomMargin(layoutPt(bottomPt));
    if (lineHeightPercent != 100)
        f.setLineHeight(lineHeightPercent, QTextBlockFormat::ProportionalHeight);
    return f;
}

QTextCharFormat charFormat(const QFont &font, const QColor &color)
{
    QTextCharFormat f;
    f.setFont(font, QTextCharFormat::FontPropertiesAll);
    f.setForeground(color);
    return f;
}

QTextCharFormat linkFormat(const QFont &font, const QString &url)
{
    QTextCharFormat f = charFormat(font, accent);
    f.setAnchor(true);
    f.setAnchorHref(url);
    return f;
}

/**
 * The logo from @p bytes (PNG, JPEG, or SVG through Qt's image plugin),
 * ready to be drawn into a box of @p box device units: raster images are
 * reduced to 600 dpi at that size where they are finer, drawings are
 * rasterised at 600 dpi. With @p opaque, transparency is flattened onto
 * white. Null for no logo or bytes no image reader understands.
 */
QImage logoImage(const QByteArray &bytes, const QSizeF &box, bool opaque)
{
    if (bytes.isEmpty() || box.isEmpty())
        return {};
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    constexpr qreal printDpi = 600;
    const QSize target = (box * (printDpi / resolution)).toSize();
    const QSize natural = reader.size();
    const bool drawing = reader.format().startsWith("svg");
    if (drawing && natural.isValid() && !natural.isEmpty())
        reader.setScaledSize(natural.scaled(target, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (image.width() > target.width() || image.height() > target.height())
        image = image.scaled(target, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (opaque && image.hasAlphaChannel()) {
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, image);
        painter.end();
        image = flat;
    }
    return image;
}

/**
 * Draws @p text with its baseline at @p baseline in @p font as laid out on
 * @p metrics, so that a device of another resolution (a printer, a
 * preview) gets the glyphs and advances of the PDF.
 */
void drawString(QPainter &painter, QPaintDevice *metrics, const QFont &font, QPointF baseline,
                const QString &text)
{
    QTextLayout layout(text, font, metrics);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(1e7);
    layout.endLayout();
    if (!line.isValid())
        return;
    layout.draw(&painter, baseline - QPointF(0, line.ascent()));
}

/** The faces and sizes of the programme, scaled for the paper. */
struct Type
{
    Type(const QString &family, qreal scale)
        : scale(scale)
    {
        auto make = [&](qreal size, QFont::Weight weight, bool italic = false,
                        qreal spacing = 100) {
            QFont f(family);
            f.setPointSizeF(size * scale);
            f.setWeight(weight);
            f.setItalic(italic);
            f.setKerning(true);
            // Any letter spacing turns ligatures off in Qt's shaper, and the
            // ligatures must go: text extracted or copied from the PDF would
            // read "Oﬃcer" with a single ligature character. A spacing of
            // 100.02 % widens a line by two parts in ten thousand, unseen.
            f.setLetterSpacing(QFont::PercentageSpacing, spacing == 100 ? 100.02 : spacing);
            // Outlines as designed, not nudged to a screen's pixel grid.
            f.setHintingPreference(QFont::PreferNoHinting);
            return f;
        };
        wordmark = make(13, QFont::Bold, false, 101);
        masthead = make(7.5, QFont::Bold, false, 110);
        masthead.setCapitalization(QFont::AllUppercase);
        kicker = make(9, QFont::Bold, false, 108);
        kicker.setCapitalization(QFont::AllUppercase);
        title = make(24, QFont::Bold);
        subtitle = make(12.5, QFont::Normal);
        label = make(8, QFont::Normal);
        meta = make(9.5, QFont::Normal);
        metaStrong = make(9.5, QFont::Bold);
        body = make(9.5, QFont::Normal);
        section = make(13, QFont::Bold);
        // Tracked less than the masthead: wider gaps between capitals make
        // text extraction split words ("MITW IRKENDE").
        columnHead = make(7, QFont::Bold, false, 104);
        columnHead.setCapitalization(QFont::AllUppercase);
        time = make(9.5, QFont::Bold);
        itemTitle = make(10.5, QFont::Bold);
        interlude = make(10, QFont::Normal, true);
        small = make(8.5, QFont::Normal);
        roleLabel = make(8.5, QFont::Bold);
        name = make(9.5, QFont::Bold);
        margin = make(7, QFont::Normal);
    }

    qreal scale;
    QFont wordmark, masthead, kicker, title, subtitle, label, meta, metaStrong, body, section,
        columnHead, time, itemTitle, interlude, small, roleLabel, name, margin;
};

/**
 * A piece of the page flow. The paginator knows only heights, the places
 * where a piece may be split and whether it must stay with the next one.
 */
struct Element
{
    qreal height = 0;
    /** White space above, dropped at the top of a page. */
    qreal spaceBefore = 0;
    QList<qreal> breaks;
    bool keepWithNext = false;
    /** A timetable entry: a page it starts on repeats the timetable's header. */
    bool inTable = false;
    std::function<void(QPainter &, qreal y, qreal from, qreal to)> paint;
};

struct Placement
{
    int element;
    qreal from;
    qreal to;
    qreal y;
};

/** Distributes the elements over pages; returns the placements of each page. */
QList<QList<Placement>> paginate(const std::vector<Element> &elements, int continuation,
                                 qreal firstTop, qreal otherTop, qreal bottom)
{
    const int count = int(elements.size()) - 1; // the last element is the continuation header
    QList<QList<Placement>> pages(1);
    qreal y = firstTop;
    bool fresh = true;

    // The least that must fit for element i to start on this page: its first
    // unbreakable part, and all of whatever it must be kept with.
    std::function<qreal(int)> leastToStart = [&](int i) -> qreal {
        const Element &e = elements[size_t(i)];
        if (e.keepWithNext && i + 1 < count)
            return e.height + elements[size_t(i) + 1].spaceBefore + leastToStart(i + 1);
        return e.breaks.isEmpty() ? e.height : e.breaks.first();
    };
    auto newPage = [&](bool continueTable) {
        pages.append(QList<Placement>());
        y = otherTop;
        fresh = true;
        if (continueTable) {
            const Element &header = elements[size_t(continuation)];
            pages.last().append(Placement{continuation, 0, header.height, y});
            y += header.height;
        }
    };

    for (int i = 0; i < count; ++i) {
        const Element &e = elements[size_t(i)];
        qreal from = 0;
        for (;;) {
            const qreal gap = (fresh || from > 0) ? 0 : e.spaceBefore;
            const qreal available = bottom - y - gap;
            if (from == 0 && !fresh && leastToStart(i) > available) {
                newPage(e.inTable);
                continue;
            }
            if (e.height - from <= available) {
                pages.last().append(Placement{i, from, e.height, y + gap});
                y += gap + e.height - from;
                fresh = false;
                break;
            }
            qreal cut = -1;
            for (const qreal b : e.breaks) {
                if (b > from && b - from <= available)
                    cut = b;
            }
            if (cut < 0 && !fresh) {
                newPage(e.inTable);
                continue;
            }
            if (cut < 0)
                cut = from + available; // taller than a page and nowhere to break
            pages.last().append(Placement{i, from, cut, y + gap});
            from = cut;
            newPage(e.inTable);
        }
    }
    return pages;
}

/** Builds the elements of one programme and paints them. */
class Composer
{
public:
    Composer(const ProgrammeData &data, QPaintDevice &device, const Type &type, const QRectF &body,
             bool opaque)
        : m_data(data)
        , m_labels(data.language)
        , m_device(device)
        , m_type(type)
        , m_body(body)
        , m_opaque(opaque)
    {
        // The time column is as wide as the widest time or label it holds,
        // so that times, labels and items line up on every page.
        const QFontMetricsF time(m_type.time, &m_device);
        const QFontMetricsF label(m_type.label, &m_device);
        qreal widest = time.horizontalAdvance(m_labels.timeRange(QTime(20, 0), QTime(22, 0)));
        for (const QString &text :
             {m_labels.date(), m_labels.time(), m_labels.venue(), m_labels.online(),
              m_labels.role(QStringLiteral("chair"), false),
              m_labels.documentKind(QStringLiteral("presentation"))})
            widest = qMax(widest, label.horizontalAdvance(text));
        m_column = widest + mm(6);
    }

    std::vector<Element> build()
    {
        addHeader();
        addDescription();
        addTimetable();
        addDocuments();
        m_continuation = int(m_elements.size());
        addContinuationHeader();
        return std::move(m_elements);
    }

    int continuation() const { return m_continuation; }

    qreal runningHeadHeight() const { return mm(12); }

    void paintFurniture(QPainter &painter, int page, int pageCount, const QRectF &paper) const
    {
        const qreal left = m_body.left();
        const qreal right = m_body.right();
        const QFontMetricsF metrics(m_type.margin, &m_device);
        painter.setFont(m_type.margin);
        painter.setPen(grey);
        if (page > 1) {
            const qreal base = m_body.top() - runningHeadHeight() + metrics.ascent();
            const QString head = m_data.series.isEmpty()
                                     ? m_data.title
                                     : m_data.series + QStringLiteral(" · ") + m_data.title;
            const QString date = m_labels.longDate(m_data.start.date());
            const qreal dateWidth = metrics.horizontalAdvance(date);
            drawString(painter, &m_device, m_type.margin, QPointF(left, base),
                       metrics.elidedText(head, Qt::ElideRight, right - left - dateWidth - mm(8)));
            drawString(painter, &m_device, m_type.margin, QPointF(right - dateWidth, base), date);
            hairline(painter, left, right, base + metrics.descent() + mm(2), rule, 0.4);
        }
        const qreal footTop = paper.bottom() - (paper.bottom() - m_body.bottom()) * 0.55;
        hairline(painter, left, right, footTop, rule, 0.4);
        const qreal base = footTop + mm(2.2) + metrics.ascent();
        const QString pageText = m_labels.pageOf(page, pageCount);
        const qreal pageWidth = metrics.horizontalAdvance(pageText);
        painter.setPen(grey);
        drawString(painter, &m_device, m_type.margin, QPointF(left, base),
                   metrics.elidedText(m_data.contactLine, Qt::ElideRight,
                                      right - left - pageWidth - mm(8)));
        drawString(painter, &m_device, m_type.margin, QPointF(right - pageWidth, base), pageText);
    }

private:
    TextBox *box(const QFont &font, qreal width)
    {
        m_boxes.push_back(std::make_unique<TextBox>(&m_device, font, width));
        return m_boxes.back().get();
    }

    qreal width() const { return m_body.width(); }
    qreal itemWidth() const { return m_body.width() - m_column; }

    void add(Element e) { m_elements.push_back(std::move(e)); }

    QString timeText() const
    {
        QString text = m_labels.timeRange(m_data.start.time(), m_data.end.time());
        if (m_data.showsTimeZone())
            text += QLatin1Char(' ') + m_data.timeZoneAbbreviation();
        return text;
    }

    void addHeader()
    {
        // The foundation's logo heads the page; without one, its name set
        // as a wordmark beside a bar in the accent colour.
        const qreal logoHeight = mm(14) * m_type.scale;
        const QImage logo =
            logoImage(m_data.foundationLogo, QSizeF(width() * 0.45, logoHeight), m_opaque);
        const QSizeF logoSize =
            logo.isNull() ? QSizeF()
                          : QSizeF(logo.size())
                                .scaled(QSizeF(width() * 0.45, logoHeight), Qt::KeepAspectRatio);
        const qreal barWidth = mm(1.1) * m_type.scale;
        const qreal barGap = mm(2.6) * m_type.scale;
        TextBox *wordmark = nullptr;
        if (logo.isNull()) {
            wordmark = box(m_type.wordmark, width() * 0.72);
            wordmark->paragraph(blockFormat(0, 0, 104), charFormat(m_type.wordmark, accent));
            wordmark->text(m_data.foundationName, charFormat(m_type.wordmark, accent));
        }

        TextBox *titles = box(m_type.title, width());
        if (!m_data.series.isEmpty()) {
            titles->paragraph(blockFormat(0, 7), charFormat(m_type.kicker, accent));
            titles->text(m_data.series, charFormat(m_type.kicker, accent));
        }
        titles->paragraph(blockFormat(0, 0, 108), charFormat(m_type.title, ink));
        titles->text(m_data.title, charFormat(m_type.title, ink));
        if (!m_data.subtitle.isEmpty()) {
            titles->paragraph(blockFormat(6, 0, 125), charFormat(m_type.subtitle, grey));
            titles->text(m_data.subtitle, charFormat(m_type.subtitle, grey));
        }

        // Label | value pairs on the timetable's grid.
        struct Row
        {
            TextBox *label;
            TextBox *value;
        };
        QList<Row> rows;
        auto row = [&](const QString &label) {
            Row r{box(m_type.label, m_column - mm(4)), box(m_type.meta, itemWidth())};
            r.label->paragraph(blockFormat(), charFormat(m_type.label, grey));
            r.label->text(label, charFormat(m_type.label, grey));
            rows.append(r);
            return r.value;
        };
        if (m_data.status == QLatin1StringView("cancelled") ||
            m_data.status == QLatin1StringView("postponed")) {
            TextBox *v = row(m_labels.statusLabel());
            const QFont strong = m_type.metaStrong;
            v->paragraph(blockFormat(), charFormat(strong, alert));
            v->text(m_labels.status(m_data.status), charFormat(strong, alert));
        }
        TextBox *date = row(m_labels.date());
        date->paragraph(blockFormat(), charFormat(m_type.metaStrong, ink));
        date->text(m_labels.longDate(m_data.start.date()), charFormat(m_type.metaStrong, ink));
        if (m_data.end.date() != m_data.start.date()) {
            date->text(QStringLiteral(" – ") + m_labels.longDate(m_data.end.date()),
                       charFormat(m_type.metaStrong, ink));
        }
        if (!m_data.allDay) {
            TextBox *time = row(m_labels.time());
            time->paragraph(blockFormat(), charFormat(m_type.meta, ink));
            time->text(timeText(), charFormat(m_type.meta, ink));
        }
        if (!m_data.venueName.isEmpty()) {
            TextBox *venue = row(m_labels.venue());
            venue->paragraph(blockFormat(0, 0, 120), charFormat(m_type.meta, ink));
            QString name = m_data.venueName;
            if (!m_data.roomName.isEmpty())
                name += QStringLiteral(", ") + m_data.roomName;
            venue->text(name, charFormat(m_type.meta, ink));
            if (!m_data.venueAddress.isEmpty()) {
                venue->paragraph(blockFormat(0, 0, 120), charFormat(m_type.meta, grey));
                venue->text(m_data.venueAddress.join(QStringLiteral(", ")),
                            charFormat(m_type.meta, grey));
            }
        }
        if (!m_data.onlineUrl.isEmpty()) {
            TextBox *online = row(m_labels.online());
            online->paragraph(blockFormat(), linkFormat(m_type.meta, m_data.onlineUrl));
            online->text(m_data.onlineUrl, linkFormat(m_type.meta, m_data.onlineUrl));
        }
        for (qsizetype i = 0; i < m_data.eventPeople.size();) {
            qsizetype j = i;
            while (j < m_data.eventPeople.size() &&
                   m_data.eventPeople[j].role == m_data.eventPeople[i].role)
                ++j;
            TextBox *people = row(m_labels.role(m_data.eventPeople[i].role, j - i > 1));
            for (qsizetype k = i; k < j; ++k)
                addPerson(people, m_data.eventPeople[k], k > i ? 3 : 0);
            i = j;
        }

        const QFontMetricsF mastheadMetrics(m_type.masthead, &m_device);
        const qreal mastheadHeight = logo.isNull() ? wordmark->height() : logoSize.height();
        const qreal titlesTop = mastheadHeight + mm(9);
        const qreal metaTop = titlesTop + titles->height() + mm(9);
        const qreal rowGap = pt(5);
        qreal metaHeight = 0;
        for (const Row &r : rows)
            metaHeight += qMax(r.label->height(), r.value->height()) + rowGap;
        const qreal left = m_body.left();
        const qreal right = m_body.right();
        const qreal column = m_column;
        const QString programme = m_labels.programme();
        const QFont mastheadFont = m_type.masthead;
        QPaintDevice *device = &m_device;

        Element e;
        e.height = metaTop + metaHeight + mm(2);
        e.paint = [=](QPainter &painter, qreal y, qreal, qreal) {
            if (!logo.isNull()) {
                painter.save();
                painter.setRenderHint(QPainter::SmoothPixmapTransform);
                // Flate, not JPEG: a logo's flat colours and edges stay clean.
                painter.setRenderHint(QPainter::LosslessImageRendering);
                painter.drawImage(QRectF(QPointF(left, y), logoSize), logo);
                painter.restore();
            } else {
                painter.fillRect(QRectF(left, y, barWidth, mastheadHeight), accent);
                wordmark->draw(painter, QPointF(left + barWidth + barGap, y));
            }
            // The document's kind, set against the foot of the logo.
            painter.save();
            painter.setFont(mastheadFont);
            painter.setPen(grey);
            const qreal w = mastheadMetrics.horizontalAdvance(programme.toUpper());
            drawString(painter, device, mastheadFont,
                       QPointF(right - w, y + mastheadHeight - mastheadMetrics.descent()),
                       programme);
            painter.restore();
            hairline(painter, left, right, y + mastheadHeight + mm(2.5), ink, 0.8);
            titles->draw(painter, QPointF(left, y + titlesTop));
            qreal rowY = y + metaTop;
            for (const Row &r : rows) {
                // Labels sit on the value's first baseline.
                r.label->draw(painter, QPointF(left, rowY + pt(1.2)));
                r.value->draw(painter, QPointF(left + column, rowY));
                rowY += qMax(r.label->height(), r.value->height()) + rowGap;
            }
        };
        add(std::move(e));
    }

    void addPerson(TextBox *target, const ProgrammeData::Person &person, qreal topPt,
                   const QString &inlineLabel = {})
    {
        target->paragraph(blockFormat(topPt), charFormat(m_type.name, ink));
        if (!inlineLabel.isEmpty())
            target->text(inlineLabel + QStringLiteral(": "), charFormat(m_type.roleLabel, accent));
        target->text(person.name, charFormat(m_type.name, ink));
        if (!person.affiliation.isEmpty()) {
            target->paragraph(blockFormat(0.5, 0, 115), charFormat(m_type.small, grey));
            target->text(person.affiliation, charFormat(m_type.small, grey));
        }
    }

    void addDescription()
    {
        if (m_data.description.trimmed().isEmpty())
            return;
        // Set in the item column, as the timetable's text is: the shorter
        // measure reads more easily than a line across the whole page.
        TextBox *text = box(m_type.body, itemWidth());
        QTextDocument &doc = text->document();
        doc.setIndentWidth(layoutPt(14));
        doc.setMarkdown(m_data.description, QTextDocument::MarkdownDialectGitHub);
        styleMarkdown(doc);

        const qreal left = m_body.left();
        const qreal right = m_body.right();
        const qreal column = m_column;
        Element e;
        e.spaceBefore = mm(4);
        e.height = text->height() + mm(4);
        e.breaks = text->breakPoints();
        // The hairline sits in the element's top, the text below it.
        const qreal lead = mm(2);
        for (qreal &b : e.breaks)
            b += lead;
        e.paint = [=](QPainter &painter, qreal y, qreal from, qreal to) {
            if (from == 0)
                hairline(painter, left, right, y, rule, 0.4);
            text->draw(painter, QPointF(left + column, y + (from == 0 ? lead : 0)),
                       qMax<qreal>(0, from - lead), to - lead);
        };
        add(std::move(e));
    }

    /** Gives Markdown the programme's faces: sizes, colours and leading. */
    void styleMarkdown(QTextDocument &doc)
    {
        struct Range
        {
            int from;
            int to;
            QTextCharFormat format;
        };
        QList<Range> ranges;
        for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
            const int level = block.blockFormat().headingLevel();
            QTextCursor cursor(block);
            QTextBlockFormat format = block.blockFormat();
            format.setLineHeight(level > 0 ? 115 : 138, QTextBlockFormat::ProportionalHeight);
            format.setTopMargin(level > 0 ? layoutPt(level <= 2 ? 10 : 8) : 0);
            format.setBottomMargin(layoutPt(level > 0 ? 4 : block.textList() ? 2 : 7));
            cursor.setBlockFormat(format);
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                QTextCharFormat chars = fragment.charFormat();
                const bool bold = chars.fontWeight() >= QFont::DemiBold || level > 0;
                const bool italic = chars.fontItalic();
                QFont font = m_type.body;
                if (level > 0) {
                    font.setPointSizeF(m_type.body.pointSizeF() * (level == 1   ? 1.3
                                                                   : level == 2 ? 1.16
                                                                                : 1.05));
                }
                font.setWeight(bold ? QFont::Bold : QFont::Normal);
                font.setItalic(italic);
                const bool anchor = chars.isAnchor();
                const QString href = chars.anchorHref();
                QTextCharFormat styled = charFormat(font, anchor ? accent : ink);
                styled.clearProperty(QTextFormat::FontSizeAdjustment);
                if (anchor) {
                    styled.setAnchor(true);
                    styled.setAnchorHref(href);
                }
                ranges.append(
                    {fragment.position(), fragment.position() + fragment.length(), styled});
            }
        }
        QTextCursor cursor(&doc);
        for (const Range &r : ranges) {
            cursor.setPosition(r.from);
            cursor.setPosition(r.to, QTextCursor::KeepAnchor);
            cursor.setCharFormat(r.format);
        }
    }

    Element sectionHeading(const QString &title, qreal spaceBefore)
    {
        TextBox *text = box(m_type.section, width());
        text->paragraph(blockFormat(), charFormat(m_type.section, ink));
        text->text(title, charFormat(m_type.section, ink));
        const qreal left = m_body.left();
        Element e;
        e.spaceBefore = spaceBefore;
        e.height = text->height() + mm(3);
        e.keepWithNext = true;
        e.paint = [=](QPainter &painter, qreal y, qreal, qreal) {
            text->draw(painter, QPointF(left, y));
        };
        return e;
    }

    Element columnHeads(const QString &left, const QString &right)
    {
        const QFontMetricsF metrics(m_type.columnHead, &m_device);
        const qreal x = m_body.left();
        const qreal x2 = m_body.right();
        const qreal column = m_column;
        const QFont font = m_type.columnHead;
        QPaintDevice *device = &m_device;
        Element e;
        e.height = metrics.height() + mm(2.5);
        e.keepWithNext = true;
        e.paint = [=](QPainter &painter, qreal y, qreal, qreal) {
            painter.save();
            painter.setFont(font);
            painter.setPen(grey);
            drawString(painter, device, font, QPointF(x, y + metrics.ascent()), left);
            drawString(painter, device, font, QPointF(x + column, y + metrics.ascent()), right);
            painter.restore();
            hairline(painter, x, x2, y + metrics.height() + mm(1.2), ink, 0.6);
        };
        return e;
    }

    void addTimetable()
    {
        if (m_data.items.isEmpty())
            return;
        add(sectionHeading(m_labels.programme(), mm(9)));
        add(columnHeads(m_labels.timeColumn(), m_labels.itemColumn()));
        const bool days = m_data.spansSeveralDays();
        QDate day;
        for (const ProgrammeData::Item &item : m_data.items) {
            if (days && item.start.date() != day) {
                day = item.start.date();
                addDayHeading(day);
            }
            addItem(item);
        }
    }

    void addDayHeading(const QDate &day)
    {
        TextBox *text = box(m_type.metaStrong, width());
        text->paragraph(blockFormat(), charFormat(m_type.metaStrong, accent));
        text->text(m_labels.longDate(day), charFormat(m_type.metaStrong, accent));
        const qreal left = m_body.left();
        Element e;
        e.height = text->height() + mm(5);
        e.keepWithNext = true;
        e.inTable = true;
        e.paint = [=](QPainter &painter, qreal y, qreal, qreal) {
            text->draw(painter, QPointF(left, y + mm(3)));
        };
        add(std::move(e));
    }

    void addItem(const ProgrammeData::Item &item)
    {
        const bool interlude = item.isInterlude();
        TextBox *time = box(m_type.time, m_column - mm(3));
        time->paragraph(blockFormat(), charFormat(m_type.time, interlude ? grey : ink));
        time->text(m_labels.timeRange(item.start.time(), item.end.time()),
                   charFormat(m_type.time, interlude ? grey : ink));

        TextBox *text = box(m_type.itemTitle, itemWidth());
        const QFont titleFont = interlude ? m_type.interlude : m_type.itemTitle;
        text->paragraph(blockFormat(0, 0, 115), charFormat(titleFont, interlude ? grey : ink));
        text->text(item.title, charFormat(titleFont, interlude ? grey : ink));
        if (!item.room.isEmpty())
            text->text(QStringLiteral("  ·  ") + item.room, charFormat(m_type.small, grey));
        if (!item.description.isEmpty()) {
            text->paragraph(blockFormat(2.5, 0, 130), charFormat(m_type.body, grey));
            text->text(item.description, charFormat(m_type.body, grey));
        }
        // People by role, in the seed's form: a group is introduced by its
        // label; a single person carries the label before the name
        // ("Chair: Nora Witt").
        qreal gap = 7;
        for (qsizetype i = 0; i < item.people.size();) {
            qsizetype j = i;
            while (j < item.people.size() && item.people[j].role == item.people[i].role)
                ++j;
            if (j - i > 1) {
                text->paragraph(blockFormat(gap), charFormat(m_type.roleLabel, accent));
                text->text(m_labels.role(item.people[i].role, true),
                           charFormat(m_type.roleLabel, accent));
                for (qsizetype k = i; k < j; ++k)
                    addPerson(text, item.people[k], k == i ? 2.5 : 4.5);
            } else {
                addPerson(text, item.people[i], gap, m_labels.role(item.people[i].role, false));
            }
            gap = 6;
            i = j;
        }

        const qreal padding = interlude ? mm(2.6) : mm(3.2);
        const qreal left = m_body.left();
        const qreal right = m_body.right();
        const qreal column = m_column;
        Element e;
        e.inTable = true;
        e.height = qMax(time->height(), text->height()) + 2 * padding;
        const qreal height = e.height;
        e.paint = [=](QPainter &painter, qreal y, qreal, qreal) {
            // The band reaches a little past the text on both sides, so
            // that the columns stay aligned with the rows around it.
            if (interlude)
                painter.fillRect(QRectF(left - mm(2), y, right - left + mm(4), height), band);
            time->draw(painter, QPointF(left, y + padding + pt(0.8)));
            text->draw(painter, QPointF(left + column, y + padding));
            hairline(painter, left, right, y + height, rule, 0.35);
        };
        add(std::move(e));
    }

    void addDocuments()
    {
        if (m_data.documents.isEmpty())
            return;
        add(sectionHeading(m_labels.documents(), mm(10)));
        for (const ProgrammeData::Document &d : m_data.documents) {
            TextBox *kind = box(m_type.label, m_column - mm(4));
            kind->paragraph(blockFormat(), charFormat(m_type.label, grey));
            kind->text(m_labels.documentKind(d.kind), charFormat(m_type.label, grey));
            TextBox *text = box(m_type.meta, itemWidth());
            text->paragraph(blockFormat(), charFormat(m_type.metaStrong, ink));
            text->text(d.title, charFormat(m_type.metaStrong, ink));
            if (!d.url.isEmpty()) {
                text->paragraph(blockFormat(1.5), linkFormat(m_type.small, d.url));
                text->text(d.url, linkFormat(m_type.small, d.url));
            } else if (!d.fileName.isEmpty()) {
                text->paragraph(blockFormat(1.5), charFormat(m_type.small, grey));
                text->text(d.fileName, charFormat(m_type.small, grey));
            }
            const qreal left = m_body.left();
            const qreal column = m_column;
            Element e;
            e.spaceBefore = mm(2.5);
            e.height = qMax(kind->height(), text->height());
            e.paint = [=](QPainter &painter, qreal y, qreal, qreal) {
                kind->draw(painter, QPointF(left, y + pt(1.2)));
                text->draw(painter, QPointF(left + column, y));
            };
            add(std::move(e));
        }
    }

    void addContinuationHeader()
    {
        TextBox *text = box(m_type.metaStrong, width());
        text->paragraph(blockFormat(), charFormat(m_type.metaStrong, grey));
        text->text(m_labels.programmeContinued(), charFormat(m_type.metaStrong, grey));
        Element heads = columnHeads(m_labels.timeColumn(), m_labels.itemColumn());
        const qreal left = m_body.left();
        const qreal headsTop = text->height() + mm(3);
        Element e;
        e.height = headsTop + heads.height;
        e.paint = [=](QPainter &painter, qreal y, qreal from, qreal to) {
            text->draw(painter, QPointF(left, y));
            heads.paint(painter, y + headsTop, from, to);
        };
        add(std::move(e));
    }

    const ProgrammeData &m_data;
    PrintLabels m_labels;
    QPaintDevice &m_device;
    const Type &m_type;
    QRectF m_body;
    /** Whether images must be flattened onto white, as PDF/A-1 allows no transparency. */
    bool m_opaque = false;
    qreal m_column = 0;
    int m_continuation = -1;
    std::vector<std::unique_ptr<TextBox>> m_boxes;
    std::vector<Element> m_elements;
};

} // namespace

bool ProgrammeRenderer::paperFromName(const QString &name, Paper *paper)
{
    const QString n = name.toLower();
    if (n == QLatin1StringView("a4"))
        *paper = Paper::A4;
    else if (n == QLatin1StringView("letter"))
        *paper = Paper::Letter;
    else if (n == QLatin1StringView("a5"))
        *paper = Paper::A5;
    else
        return false;
    return true;
}

QMarginsF ProgrammeRenderer::defaultMarginsMm(Paper paper)
{
    // Generous outer margins; the bottom one holds the footer, the top one
    // the running head of later pages.
    if (paper == Paper::A5)
        return QMarginsF(15, 16, 14, 18);
    return QMarginsF(22, 22, 20, 24);
}

ProgrammeRenderer::ProgrammeRenderer(const Options &options)
    : m_options(options)
{}

namespace {

ProgrammeRenderer::Paper paperOf(const QPageSize &size)
{
    switch (size.id()) {
    case QPageSize::A5:
        return ProgrammeRenderer::Paper::A5;
    case QPageSize::Letter:
        return ProgrammeRenderer::Paper::Letter;
    default:
        return ProgrammeRenderer::Paper::A4;
    }
}

} // namespace

QByteArray ProgrammeRenderer::render(const ProgrammeData &data, QString *error,
                                     int *pageCount) const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = QCoreApplication::translate(
                "Podium::ProgrammeRenderer",
                "Printing a programme needs a graphical application object.");
        return {};
    }
    const QPageSize::PageSizeId sizeId = m_options.paper == Paper::A5       ? QPageSize::A5
                                         : m_options.paper == Paper::Letter ? QPageSize::Letter
                                                                            : QPageSize::A4;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(resolution);
    if (m_options.pdfA)
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    // The margins are drawn by hand, so the page is the whole sheet.
    writer.setPageLayout(QPageLayout(QPageSize(sizeId), QPageLayout::Portrait, QMarginsF(),
                                     QPageLayout::Millimeter));
    writer.setTitle(data.series.isEmpty() ? data.title
                                          : data.title + QStringLiteral(" – ") + data.series);
    writer.setCreator(QStringLiteral("Podium " PODIUM_VERSION));
    if (!paint(data, writer, error, pageCount))
        return {};
    return buffer.data();
}

bool ProgrammeRenderer::paint(const ProgrammeData &data, QPagedPaintDevice &device, QString *error,
                              int *pageCount) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(QCoreApplication::translate(
            "Podium::ProgrammeRenderer",
            "Printing a programme needs a graphical application object."));
    QString fontError;
    const QString family = ProgrammeFonts::family(&fontError);
    if (family.isEmpty())
        return fail(fontError);

    // Everything is laid out in units of PrintStyle::resolution, on a PDF
    // writer's metrics, so that a printer or a preview of any resolution
    // shows the very lines and page breaks of the PDF.
    std::unique_ptr<QBuffer> metricsBuffer;
    std::unique_ptr<QPdfWriter> metricsWriter;
    QPaintDevice *metrics = &device;
    if (device.logicalDpiX() != resolution || device.logicalDpiY() != resolution) {
        metricsBuffer = std::make_unique<QBuffer>();
        metricsBuffer->open(QIODevice::WriteOnly);
        metricsWriter = std::make_unique<QPdfWriter>(metricsBuffer.get());
        metricsWriter->setResolution(resolution);
        metrics = metricsWriter.get();
    }

    // The sheet in the painter's coordinates, whose origin is the corner of
    // the printable area (the sheet's own corner on a full-page device).
    const QPageLayout layout = device.pageLayout();
    const Paper paperKind = paperOf(layout.pageSize());
    const QRectF paper = QRectF(layout.fullRectPixels(resolution))
                             .translated(-QPointF(layout.paintRectPixels(resolution).topLeft()));
    const QMarginsF margins =
        m_options.marginsMm.isNull() ? defaultMarginsMm(paperKind) : m_options.marginsMm;
    const QRectF body(paper.left() + mm(margins.left()), paper.top() + mm(margins.top()),
                      paper.width() - mm(margins.left() + margins.right()),
                      paper.height() - mm(margins.top() + margins.bottom()));

    const Type type(family, paperKind == Paper::A5 ? 0.9 : 1.0);
    Composer composer(data, *metrics, type, body, m_options.pdfA);
    const std::vector<Element> elements = composer.build();
    const QList<QList<Placement>> pages =
        paginate(elements, composer.continuation(), body.top(), body.top(), body.bottom());

    QPainter painter;
    if (!painter.begin(&device))
        return fail(QCoreApplication::translate("Podium::ProgrammeRenderer",
                                                "Cannot start printing the programme."));
    painter.setRenderHint(QPainter::Antialiasing);
    if (metrics != &device)
        painter.scale(device.logicalDpiX() / qreal(resolution),
                      device.logicalDpiY() / qreal(resolution));
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (p > 0 && !device.newPage()) {
            painter.end();
            return fail(QCoreApplication::translate("Podium::ProgrammeRenderer",
                                                    "Cannot start page %1 of the programme.")
                            .arg(p + 1));
        }
        composer.paintFurniture(painter, int(p) + 1, int(pages.size()), paper);
        for (const Placement &placement : pages[p])
            elements[size_t(placement.element)].paint(painter, placement.y, placement.from,
                                                      placement.to);
    }
    painter.end();
    if (pageCount)
        *pageCount = int(pages.size());
    return true;
}

} // namespace Podium
