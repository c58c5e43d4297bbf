#include "homeview.h"

#include "domain/event.h"
#include "models/homedata.h"
#include "storage/database.h"
#include "util/clock.h"
#include "util/datetext.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Podium {

namespace {

Language shownLanguage()
{
    return QLocale().language() == QLocale::German ? Language::German : Language::English;
}

// Status colours that stand out on light and dark backgrounds alike.
const QColor nearlyFullColor(0xe0, 0x8a, 0x00);
const QColor overfullColor(0xd6, 0x45, 0x41);

/**
 * Draws the registrations of an event as a bar against its capacity: the
 * seats taken filled, the waiting list hatched after them, and the counts
 * as text beside the bar.
 */
class CapacityBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const int registered = index.data(HomeView::RegisteredRole).toInt();
        const int waitlisted = index.data(HomeView::WaitlistedRole).toInt();
        const int capacity = index.data(HomeView::CapacityRole).toInt();
        const bool selected = opt.state.testFlag(QStyle::State_Selected);
        const QColor textColor =
            opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QFontMetrics fm(opt.font);
        const int margin = fm.height() / 3;
        const QRect r = opt.rect.adjusted(margin, margin, -margin, -margin);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        int textLeft = r.left();
        if (capacity > 0) {
            const int barWidth = std::max(60, std::min(r.width() * 2 / 5, 160));
            const QRectF track(r.left() + 0.5, r.center().y() - fm.height() / 2.0 + 0.5, barWidth,
                               fm.height() - 1);
            QColor border = textColor;
            border.setAlpha(110);
            painter->setPen(QPen(border, 1));
            painter->setBrush(opt.palette.color(QPalette::Base));
            painter->drawRect(track);
            const double ratio = double(registered) / capacity;
            QColor fill = opt.palette.color(QPalette::Highlight);
            if (ratio > 1.0)
                fill = overfullColor;
            else if (ratio >= 0.9)
                fill = nearlyFullColor;
            if (selected && fill == opt.palette.color(QPalette::Highlight))
                fill = opt.palette.color(QPalette::HighlightedText);
            const double filled = std::min(1.0, ratio) * (track.width() - 2);
            painter->setPen(Qt::NoPen);
            painter->fillRect(QRectF(track.left() + 1, track.top() + 1, filled, track.height() - 2),
                              fill);
            if (waitlisted > 0 && filled < track.width() - 2) {
                const double w = std::min(track.width() - 2 - filled,
                                          double(waitlisted) / capacity * (track.width() - 2));
                painter->fillRect(
                    QRectF(track.left() + 1 + filled, track.top() + 1, w, track.height() - 2),
                    QBrush(fill, Qt::BDiagPattern));
            }
            textLeft = int(track.right()) + margin * 2;
        }
        painter->setPen(textColor);
        painter->drawText(QRect(textLeft, r.top(), r.right() - textLeft, r.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(text, Qt::ElideRight, r.right() - textLeft));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setHeight(std::max(s.height(), option.fontMetrics.height() * 3 / 2 + 4));
        s.setWidth(s.width() + 260);
        return s;
    }
};

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.25);
    label->setFont(f);
    return label;
}

QTreeWidget *makeList(const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->header()->setStretchLastSection(true);
    return list;
}

} // namespace

HomeView::HomeView(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_db(database)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Upcoming events"), this));
    m_upcoming =
        makeList({tr("Date"), tr("Event"), tr("Venue"), tr("Status"), tr("Registrations")}, this);
    m_upcoming->setObjectName(QStringLiteral("upcomingList"));
    m_upcoming->setAccessibleName(tr("Upcoming events"));
    m_upcoming->setItemDelegateForColumn(RegistrationsColumn, new CapacityBarDelegate(m_upcoming));
    m_upcoming->setToolTip(
        tr("Registrations count those registered, confirmed and (on the day) checked in, "
           "against the event's capacity; the hatched part is the waiting list. "
           "Double-click an event to open it."));
    layout->addWidget(m_upcoming, 1);
    m_upcomingEmpty = new QLabel(tr("No events are planned from today on."), this);
    m_upcomingEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_upcomingEmpty->hide();
    layout->addWidget(m_upcomingEmpty);

    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(heading(tr("Recent changes"), this));
    m_changes = makeList({tr("When"), tr("Kind"), tr("Record"), tr("Action"), tr("By")}, this);
    m_changes->setObjectName(QStringLiteral("changesList"));
    m_changes->setAccessibleName(tr("Recent changes"));
    layout->addWidget(m_changes, 2);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto open = [this](QTreeWidgetItem *item) {
        if (item)
            emit openEvent(item->data(0, EventIdRole).toLongLong());
    };
    connect(m_upcoming, &QTreeWidget::itemDoubleClicked, this,
            [open](QTreeWidgetItem *item) { open(item); });
    auto *enter = new QShortcut(QKeySequence(Qt::Key_Return), m_upcoming);
    enter->setContext(Qt::WidgetShortcut);
    connect(enter, &QShortcut::activated, this, [this, open] { open(m_upcoming->currentItem()); });
    // Nothing is read before the view is shown.
}

void HomeView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_outOfDate)
        refresh();
}

void HomeView::refresh()
{
    if (!isVisible()) {
        m_outOfDate = true;
        return;
    }
    m_outOfDate = false;
    m_loaded = true;
    m_error->clear();
    fillUpcoming();
    fillChanges();
    m_error->setVisible(!m_error->text().isEmpty());
}

void HomeView::fillUpcoming()
{
    const qint64 current = m_upcoming->currentItem()
                               ? m_upcoming->currentItem()->data(0, EventIdRole).toLongLong()
                               : 0;
    m_upcoming->clear();
    QList<HomeData::UpcomingEvent> events;
    QString error;
    if (!HomeData::upcomingEvents(m_db, Clock::nowUtc(), upcomingLimit, &events, &error)) {
        m_error->setText(tr("Cannot read the events: %1").arg(error));
        return;
    }
    const Language language = shownLanguage();
    const QLocale locale;
    for (const HomeData::UpcomingEvent &e : std::as_const(events)) {
        const QTimeZone zone(e.timeZone.toUtf8());
        const QDateTime local = zone.isValid() ? e.startUtc.toTimeZone(zone) : e.startUtc;
        const QString date = e.allDay ? locale.toString(local.date(), shortDateFormat(locale))
                                      : locale.toString(local, shortDateTimeFormat(locale));
        QString status = e.status;
        if (const auto s = fromStorage<EventStatus>(e.status))
            status = eventStatusLabel(*s, language);
        QString registrations = e.capacity >= 0 ? tr("%1 of %2").arg(e.registered).arg(e.capacity)
                                                : tr("%n registered", nullptr, e.registered);
        if (e.waitlisted > 0)
            registrations += tr(", %n waiting", nullptr, e.waitlisted);
        auto *item = new QTreeWidgetItem(
            m_upcoming,
            {date, e.title, e.venue.isEmpty() ? tr("Online") : e.venue, status, registrations});
        item->setData(0, EventIdRole, e.id);
        item->setData(RegistrationsColumn, RegisteredRole, e.registered);
        item->setData(RegistrationsColumn, WaitlistedRole, e.waitlisted);
        item->setData(RegistrationsColumn, CapacityRole, e.capacity);
        item->setToolTip(TitleColumn, e.title);
        if (e.status == QLatin1StringView("cancelled")) {
            QFont f = item->font(TitleColumn);
            f.setStrikeOut(true);
            item->setFont(TitleColumn, f);
        }
        if (e.id == current)
            m_upcoming->setCurrentItem(item);
    }
    m_upcoming->setVisible(!events.isEmpty());
    m_upcomingEmpty->setVisible(events.isEmpty());
    for (int c = 0; c < RegistrationsColumn; ++c)
        m_upcoming->resizeColumnToContents(c);
    m_upcoming->setColumnWidth(TitleColumn, std::min(m_upcoming->columnWidth(TitleColumn), 320));
}

void HomeView::fillChanges()
{
    m_changes->clear();
    QList<HomeData::Change> changes;
    QString error;
    if (!HomeData::recentChanges(m_db, changesLimit, shownLanguage(), &changes, &error)) {
        m_error->setText(tr("Cannot read the change log: %1").arg(error));
        return;
    }
    const QLocale locale;
    const QDate today = Clock::nowUtc().toLocalTime().date();
    for (const HomeData::Change &c : std::as_const(changes)) {
        const QDateTime local = c.changedAt.toLocalTime();
        const QString when =
            local.date() == today
                ? tr("Today, %1").arg(locale.toString(local.time(), clockFormat(locale)))
                : locale.toString(local, numericDateTimeFormat(locale));
        const QString record = c.recordExists() ? c.recordName : tr("(no longer exists)");
        auto *item = new QTreeWidgetItem(m_changes, {when, HomeData::tableLabel(c.table), record,
                                                     HomeData::actionLabel(c.action), c.userName});
        for (int column = 0; column <= UserColumn; ++column)
            item->setToolTip(column, c.summary);
        if (!c.recordExists()) {
            QFont f = item->font(RecordColumn);
            f.setItalic(true);
            item->setFont(RecordColumn, f);
            item->setForeground(RecordColumn, palette().brush(QPalette::PlaceholderText));
        }
    }
    for (int c = 0; c < UserColumn; ++c)
        m_changes->resizeColumnToContents(c);
    m_changes->setColumnWidth(RecordColumn, std::min(m_changes->columnWidth(RecordColumn), 420));
}

} // namespace Podium
