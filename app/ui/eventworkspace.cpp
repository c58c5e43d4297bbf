#include "eventworkspace.h"

#include "duplicateeventdialog.h"
#include "printactions.h"

#include "checkindialog.h"
#include "domain/documentrepository.h"
#include "domain/eventduplicator.h"
#include "domain/eventrepository.h"
#include "domain/personrepository.h"
#include "domain/planner.h"
#include "domain/programmeitemrepository.h"
#include "domain/registrationrepository.h"
#include "domain/rolerepository.h"
#include "domain/seriesrepository.h"
#include "domain/validationissue.h"
#include "domain/venuerepository.h"
#include "io/documentfile.h"
#include "models/changesetcommand.h"
#include "models/programmemodel.h"
#include "models/recordcommands.h"
#include "storage/database.h"
#include "storage/recordstore.h"
#include "storage/transaction.h"
#include "util/clock.h"
#include "util/collation.h"
#include "util/datetext.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

namespace Podium {

namespace {

Language interfaceLanguage()
{
    return QLocale().language() == QLocale::German ? Language::German : Language::English;
}

// A drop-down for the columns of the programme that take one of a few values.
class ChoiceDelegate : public QStyledItemDelegate
{
public:
    explicit ChoiceDelegate(ProgrammeModel *model, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        const auto choices = m_model->choices(index.column());
        if (choices.isEmpty())
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        for (const auto &[label, value] : choices)
            combo->addItem(label, value);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            const int i = combo->findData(index.data(Qt::EditRole));
            combo->setCurrentIndex(std::max(0, i));
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            model->setData(index, combo->currentData(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    ProgrammeModel *m_model;
};

QLineEdit *lineEdit(QWidget *parent, const char *name, const QString &accessible)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setAccessibleName(accessible);
    return edit;
}

QComboBox *completingCombo(QWidget *parent, const char *name, const QString &accessible)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QString::fromLatin1(name));
    combo->setAccessibleName(accessible);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    return combo;
}

QPushButton *button(QWidget *parent, const char *name, const QString &text)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

QTableWidget *table(QWidget *parent, const char *name, const QString &accessible,
                    const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setAccessibleName(accessible);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

/**
 * Runs a command that writes at once (a delete, a change set) and, once it
 * has written, hands it to the undo stack; on failure shows why.
 */
template<typename Command>
bool executeAndPush(Command *command, QUndoStack *undoStack,
                    const std::function<void(const QString &)> &message)
{
    std::unique_ptr<Command> owned(command);
    QString error;
    if (!owned->execute(&error)) {
        message(error);
        return false;
    }
    if (undoStack)
        undoStack->push(owned.release());
    return true;
}

QTableWidgetItem *readOnlyItem(const QString &text, const QVariant &id = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (id.isValid())
        item->setData(Qt::UserRole, id);
    return item;
}

} // namespace

qint64 duplicateEventWithUndo(Database &database, QUndoStack *undoStack, qint64 eventId,
                              const QDate &firstDay, QString *error)
{
    const qint64 copy = EventDuplicator::duplicate(database, eventId, firstDay, error);
    if (!copy)
        return 0;
    if (undoStack) {
        const QString title =
            database
                .scalar(QStringLiteral("SELECT coalesce(nullif(title_en, ''), title_de) FROM "
                                       "event WHERE id = ?"),
                        {copy})
                .toString();
        // Undoing the new event takes its programme and roles along.
        undoStack->push(new InsertRecordCommand(
            database, QStringLiteral("event"), copy,
            QCoreApplication::translate("EventWorkspace", "Duplicate “%1” to %2")
                .arg(title, QLocale().toString(firstDay, numericDateFormat())),
            {}));
    }
    return copy;
}

EventWorkspace::EventWorkspace(Database &database, QUndoStack *undoStack, qint64 eventId,
                               QWidget *parent)
    : QDialog(parent)
    , m_db(database)
    , m_undoStack(undoStack)
    , m_eventId(eventId)
    , m_language(interfaceLanguage())
{
    setObjectName(QStringLiteral("EventWorkspace"));
    setSizeGripEnabled(true);
    resize(1080, 760);

    m_question = [this](const QString &question, QMessageBox::StandardButtons buttons) {
        return QMessageBox::question(this, windowTitle(), question, buttons);
    };
    m_resolveConflict = [this](const RecordConflict &conflict) {
        return ConflictDialog::ask(conflict, this);
    };
    m_textPrompt = [this](const QString &label,
                          const QString &suggestion) -> std::optional<QString> {
        bool ok = false;
        const QString text =
            QInputDialog::getText(this, windowTitle(), label, QLineEdit::Normal, suggestion, &ok);
        if (!ok)
            return std::nullopt;
        return text;
    };
    m_datePrompt = [this](const QDate &suggested) {
        return DuplicateEventDialog::ask(suggested, this);
    };
    m_message = [this](const QString &m) { QMessageBox::warning(this, windowTitle(), m); };
    m_openUrl = [](const QUrl &url) { return QDesktopServices::openUrl(url); };

    auto *layout = new QVBoxLayout(this);
    m_warningStrip = new QLabel(this);
    m_warningStrip->setObjectName(QStringLiteral("warningStrip"));
    m_warningStrip->setAccessibleName(tr("Planning warnings"));
    m_warningStrip->setWordWrap(true);
    m_warningStrip->setTextFormat(Qt::RichText);
    m_warningStrip->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warningStrip->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4cc; color: #4a3b00; border: 1px solid #e0c060; "
                       "border-radius: 3px; padding: 6px; }"));
    // Many warnings scroll rather than push the tabs away.
    auto *warnings = new QScrollArea(this);
    warnings->setObjectName(QStringLiteral("warningArea"));
    warnings->setWidget(m_warningStrip);
    warnings->setWidgetResizable(true);
    warnings->setFrameShape(QFrame::NoFrame);
    warnings->setMaximumHeight(130);
    warnings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    warnings->hide();
    layout->addWidget(warnings);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(buildDetailsTab(), tr("&Details"));
    m_tabs->addTab(buildProgrammeTab(), tr("&Programme"));
    m_tabs->addTab(buildRegistrationsTab(), tr("&Registrations"));
    m_tabs->addTab(buildDocumentsTab(), tr("D&ocuments"));
    layout->addWidget(m_tabs, 1);

    m_generalError = new QLabel(this);
    m_generalError->setObjectName(QStringLiteral("generalError"));
    m_generalError->setWordWrap(true);
    QPalette p = m_generalError->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_generalError->setPalette(p);
    m_generalError->hide();
    layout->addWidget(m_generalError);

    auto *buttons = new QHBoxLayout;
    m_saveButton = button(this, "saveButton", tr("&Save"));
    m_saveButton->setDefault(false);
    m_saveButton->setAutoDefault(false);
    m_revertButton = button(this, "revertButton", tr("Re&vert"));
    m_revertButton->setAutoDefault(false);
    auto *closeButton = button(this, "closeButton", tr("&Close"));
    closeButton->setAutoDefault(false);
    buttons->addStretch(1);
    buttons->addWidget(m_revertButton);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(closeButton);
    layout->addLayout(buttons);
    connect(m_saveButton, &QPushButton::clicked, this, &EventWorkspace::save);
    connect(m_revertButton, &QPushButton::clicked, this, &EventWorkspace::revert);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::reject);

    buildMenus();

    if (m_undoStack)
        connect(m_undoStack, &QUndoStack::indexChanged, this, &EventWorkspace::scheduleRefresh);

    loadDetails();
    m_programme->setEvent(m_eventId);
    refresh();
    m_titleEn->setFocus();
}

EventWorkspace::~EventWorkspace()
{
    // Qt destroys the children after this object's own part is gone; the
    // documents table still signals a change of its current cell then.
    if (m_documentsTable)
        m_documentsTable->disconnect(this);
}

void EventWorkspace::buildMenus()
{
    auto *bar = new QMenuBar(this);
    m_eventMenu = bar->addMenu(tr("&Event"));
    QAction *save = m_eventMenu->addAction(tr("&Save"), this, &EventWorkspace::save);
    save->setShortcut(QKeySequence::Save);
    QAction *revert = m_eventMenu->addAction(tr("Re&vert"), this, &EventWorkspace::revert);
    revert->setObjectName(QStringLiteral("revertAction"));
    m_eventMenu->addSeparator();
    QAction *duplicate =
        m_eventMenu->addAction(tr("&Duplicate Event…"), this, &EventWorkspace::duplicateAsked);
    duplicate->setObjectName(QStringLiteral("duplicateAction"));
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QAction *checkIn = m_eventMenu->addAction(tr("Check-&in…"), this, [this] { openCheckIn(); });
    checkIn->setObjectName(QStringLiteral("checkInAction"));
    checkIn->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    // Printing and the printed documents, for this event once it is saved.
    m_eventMenu->addSeparator();
    auto *printActions = new PrintActions(
        m_db, [this] { return m_eventId; }, this);
    m_eventMenu->addActions(printActions->actions());
    m_eventMenu->addSeparator();
    QAction *close = m_eventMenu->addAction(tr("&Close"), this, &QDialog::reject);
    close->setShortcut(QKeySequence::Close);

    if (m_undoStack) {
        QMenu *edit = bar->addMenu(tr("E&dit"));
        QAction *undo = m_undoStack->createUndoAction(edit, tr("&Undo"));
        undo->setShortcut(QKeySequence::Undo);
        QAction *redo = m_undoStack->createRedoAction(edit, tr("&Redo"));
        redo->setShortcut(QKeySequence::Redo);
        edit->addAction(undo);
        edit->addAction(redo);
    }

    QMenu *programme = bar->addMenu(tr("&Programme"));
    programme->addActions(m_programmeActions);

    QMenu *view = bar->addMenu(tr("&View"));
    const QStringList names{tr("&Details"), tr("&Programme"), tr("&Registrations"),
                            tr("D&ocuments")};
    for (int i = 0; i < names.size(); ++i) {
        QAction *a = view->addAction(names.at(i), this, [this, i] { showTab(Tab(i)); });
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
    }
    layout()->setMenuBar(bar);
}

QLabel *EventWorkspace::addErrorRow(QFormLayout *form, const QStringList &fields)
{
    auto *label = new QLabel(form->parentWidget());
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    label->setPalette(p);
    label->hide();
    form->addRow(QString(), label);
    for (const QString &f : fields)
        m_errorLabels.insert(f, label);
    return label;
}

QWidget *EventWorkspace::buildDetailsTab()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto pair = [page](QWidget *a, QWidget *b) {
        auto *row = new QHBoxLayout;
        row->addWidget(a, 1);
        row->addWidget(b, 1);
        Q_UNUSED(page);
        return row;
    };
    auto *languages = new QHBoxLayout;
    languages->addWidget(new QLabel(tr("<i>English</i>"), page), 1);
    languages->addWidget(new QLabel(tr("<i>German</i>"), page), 1);
    form->addRow(QString(), languages);

    m_titleEn = lineEdit(page, "titleEnEdit", tr("Title in English"));
    m_titleDe = lineEdit(page, "titleDeEdit", tr("Title in German"));
    auto *titleLabel = new QLabel(tr("&Title:"), page);
    titleLabel->setBuddy(m_titleEn);
    form->addRow(titleLabel, pair(m_titleEn, m_titleDe));
    addErrorRow(form, {QStringLiteral("title")});
    m_fieldWidgets.insert(QStringLiteral("title"), m_titleEn);

    m_subtitleEn = lineEdit(page, "subtitleEnEdit", tr("Subtitle in English"));
    m_subtitleDe = lineEdit(page, "subtitleDeEdit", tr("Subtitle in German"));
    auto *subtitleLabel = new QLabel(tr("S&ubtitle:"), page);
    subtitleLabel->setBuddy(m_subtitleEn);
    form->addRow(subtitleLabel, pair(m_subtitleEn, m_subtitleDe));

    // The description is Markdown; the preview shows the language being edited.
    m_descriptionTabs = new QTabWidget(page);
    m_descriptionEn = new QPlainTextEdit(page);
    m_descriptionEn->setObjectName(QStringLiteral("descriptionEnEdit"));
    m_descriptionEn->setAccessibleName(tr("Description in English (Markdown)"));
    m_descriptionEn->setTabChangesFocus(true);
    m_descriptionDe = new QPlainTextEdit(page);
    m_descriptionDe->setObjectName(QStringLiteral("descriptionDeEdit"));
    m_descriptionDe->setAccessibleName(tr("Description in German (Markdown)"));
    m_descriptionDe->setTabChangesFocus(true);
    m_descriptionTabs->addTab(m_descriptionEn, tr("English"));
    m_descriptionTabs->addTab(m_descriptionDe, tr("German"));
    m_preview = new QTextBrowser(page);
    m_preview->setObjectName(QStringLiteral("descriptionPreview"));
    m_preview->setAccessibleName(tr("Description preview"));
    m_preview->setOpenExternalLinks(true);
    m_preview->setFocusPolicy(Qt::NoFocus);
    auto *descriptionRow = new QSplitter(Qt::Horizontal, page);
    descriptionRow->addWidget(m_descriptionTabs);
    descriptionRow->addWidget(m_preview);
    descriptionRow->setMinimumHeight(150);
    auto *descriptionLabel = new QLabel(tr("Desc&ription:"), page);
    descriptionLabel->setBuddy(m_descriptionEn);
    form->addRow(descriptionLabel, descriptionRow);
    connect(m_descriptionEn, &QPlainTextEdit::textChanged, this, &EventWorkspace::updatePreview);
    connect(m_descriptionDe, &QPlainTextEdit::textChanged, this, &EventWorkspace::updatePreview);
    connect(m_descriptionTabs, &QTabWidget::currentChanged, this, &EventWorkspace::updatePreview);

    m_status = new QComboBox(page);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    m_status->setAccessibleName(tr("Status"));
    for (const EventStatus s : allValues<EventStatus>())
        m_status->addItem(eventStatusLabel(s, m_language), toStorage(s));
    m_published = new QCheckBox(tr("P&ublished"), page);
    m_published->setObjectName(QStringLiteral("publishedCheck"));
    m_eventLanguage = new QComboBox(page);
    m_eventLanguage->setObjectName(QStringLiteral("languageCombo"));
    m_eventLanguage->setAccessibleName(tr("Language of the event"));
    for (const Language l : allValues<Language>())
        m_eventLanguage->addItem(languageLabel(l, m_language), toStorage(l));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addSpacing(12);
    statusRow->addWidget(m_published);
    statusRow->addSpacing(12);
    auto *languageLabelWidget = new QLabel(tr("Held in:"), page);
    languageLabelWidget->setBuddy(m_eventLanguage);
    statusRow->addWidget(languageLabelWidget);
    statusRow->addWidget(m_eventLanguage);
    statusRow->addStretch(1);
    auto *statusLabel = new QLabel(tr("St&atus:"), page);
    statusLabel->setBuddy(m_status);
    form->addRow(statusLabel, statusRow);

    m_start = new QDateTimeEdit(page);
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_start->setAccessibleName(tr("Start"));
    // Weekday, day and time as the interface's language writes them ("Di.,
    // 19.09.2023, 19:00"), each a field of its own for the keyboard.
    m_start->setDisplayFormat(dateTimeFieldFormat(m_start->locale()));
    m_start->setCalendarPopup(true);
    m_end = new QDateTimeEdit(page);
    m_end->setObjectName(QStringLiteral("endEdit"));
    m_end->setAccessibleName(tr("End"));
    m_end->setDisplayFormat(dateTimeFieldFormat(m_end->locale()));
    m_end->setCalendarPopup(true);
    m_timeZone = completingCombo(page, "timeZoneCombo", tr("Time zone"));
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds()) {
        if (zone.contains('/') && !zone.startsWith("Etc/"))
            m_timeZone->addItem(QString::fromUtf8(zone));
    }
    m_timeZone->addItem(QStringLiteral("UTC"));
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_start);
    timeRow->addWidget(new QLabel(QStringLiteral("–"), page));
    timeRow->addWidget(m_end);
    auto *zoneLabel = new QLabel(tr("&in"), page);
    zoneLabel->setBuddy(m_timeZone);
    timeRow->addWidget(zoneLabel);
    timeRow->addWidget(m_timeZone, 1);
    auto *whenLabel = new QLabel(tr("&When:"), page);
    whenLabel->setBuddy(m_start);
    form->addRow(whenLabel, timeRow);
    addErrorRow(form, {QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("timeZone"),
                       QStringLiteral("registrationDeadline")});
    m_fieldWidgets.insert(QStringLiteral("start"), m_start);
    m_fieldWidgets.insert(QStringLiteral("end"), m_end);
    m_fieldWidgets.insert(QStringLiteral("timeZone"), m_timeZone);
    // A later start moves the end along, keeping the length.
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &start) {
        const QDateTime previous = m_start->property("previous").toDateTime();
        m_start->setProperty("previous", start);
        if (m_filling || !previous.isValid())
            return;
        m_end->setDateTime(m_end->dateTime().addSecs(previous.secsTo(start)));
    });

    m_series = completingCombo(page, "seriesCombo", tr("Series"));
    m_series->lineEdit()->setPlaceholderText(tr("Choose, or type the name of a new series"));
    auto *seriesLabel = new QLabel(tr("Se&ries:"), page);
    seriesLabel->setBuddy(m_series);
    form->addRow(seriesLabel, m_series);
    addErrorRow(form, {QStringLiteral("series"), QStringLiteral("seriesId")});
    m_fieldWidgets.insert(QStringLiteral("series"), m_series);

    m_venue = completingCombo(page, "venueCombo", tr("Venue"));
    m_venue->lineEdit()->setPlaceholderText(tr("Choose, or type the name of a new venue"));
    m_room = completingCombo(page, "roomCombo", tr("Room"));
    m_room->lineEdit()->setPlaceholderText(tr("Room (optional)"));
    auto *placeRow = new QHBoxLayout;
    placeRow->addWidget(m_venue, 2);
    auto *roomLabel = new QLabel(tr("R&oom:"), page);
    roomLabel->setBuddy(m_room);
    placeRow->addWidget(roomLabel);
    placeRow->addWidget(m_room, 1);
    auto *venueLabel = new QLabel(tr("&Venue:"), page);
    venueLabel->setBuddy(m_venue);
    form->addRow(venueLabel, placeRow);
    addErrorRow(form, {QStringLiteral("venue"), QStringLiteral("venueId"), QStringLiteral("room"),
                       QStringLiteral("roomId")});
    m_fieldWidgets.insert(QStringLiteral("venue"), m_venue);
    m_fieldWidgets.insert(QStringLiteral("room"), m_room);
    connect(m_venue, &QComboBox::currentTextChanged, this, [this] {
        if (!m_filling)
            fillRooms();
    });

    m_capacity = new QSpinBox(page);
    m_capacity->setObjectName(QStringLiteral("capacitySpin"));
    m_capacity->setAccessibleName(tr("Capacity"));
    m_capacity->setRange(-1, 100000);
    m_capacity->setSpecialValueText(tr("No limit"));
    m_capacity->setSuffix(tr(" places"));
    auto *capacityLabel = new QLabel(tr("Ca&pacity:"), page);
    capacityLabel->setBuddy(m_capacity);
    auto *capacityRow = new QHBoxLayout;
    capacityRow->addWidget(m_capacity);
    capacityRow->addStretch(1);
    form->addRow(capacityLabel, capacityRow);
    addErrorRow(form, {QStringLiteral("capacity")});

    m_onlineUrl = lineEdit(page, "onlineUrlEdit", tr("Online link"));
    m_onlineUrl->setPlaceholderText(tr("https://… (stream or meeting)"));
    auto *onlineLabel = new QLabel(tr("O&nline link:"), page);
    onlineLabel->setBuddy(m_onlineUrl);
    form->addRow(onlineLabel, m_onlineUrl);
    addErrorRow(form, {QStringLiteral("onlineUrl")});
    m_fieldWidgets.insert(QStringLiteral("onlineUrl"), m_onlineUrl);

    setTabOrder(m_titleEn, m_titleDe);
    setTabOrder(m_titleDe, m_subtitleEn);
    setTabOrder(m_subtitleEn, m_subtitleDe);
    setTabOrder(m_subtitleDe, m_descriptionEn);
    setTabOrder(m_descriptionEn, m_status);
    setTabOrder(m_status, m_published);
    setTabOrder(m_published, m_eventLanguage);
    setTabOrder(m_eventLanguage, m_start);
    setTabOrder(m_start, m_end);
    setTabOrder(m_end, m_timeZone);
    setTabOrder(m_timeZone, m_series);
    setTabOrder(m_series, m_venue);
    setTabOrder(m_venue, m_room);
    setTabOrder(m_room, m_capacity);
    setTabOrder(m_capacity, m_onlineUrl);

    scroll->setWidget(page);
    return scroll;
}

QWidget *EventWorkspace::buildProgrammeTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    m_programme = new ProgrammeModel(m_db, m_undoStack, m_language, this);
    connect(m_programme, &ProgrammeModel::errorOccurred, this, &EventWorkspace::pushError);
    connect(m_programme, &ProgrammeModel::programmeChanged, this, [this] {
        refreshRolesTargets();
        refreshWarnings();
    });

    auto *add = new QAction(tr("&Add Item"), page);
    add->setObjectName(QStringLiteral("addItemAction"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    connect(add, &QAction::triggered, this, [this] {
        const int row = m_programme->appendItem(
            LocalizedText{m_language == Language::English ? tr("New item") : QString(),
                          m_language == Language::German ? tr("New item") : QString()},
            ProgrammeItemKind::Other);
        if (row >= 0) {
            const QModelIndex title = m_programme->index(row, m_language == Language::German
                                                                  ? ProgrammeModel::TitleDeColumn
                                                                  : ProgrammeModel::TitleEnColumn);
            m_programmeView->setCurrentIndex(title);
            m_programmeView->edit(title);
        }
    });
    auto *remove = new QAction(tr("&Remove Item"), page);
    remove->setObjectName(QStringLiteral("removeItemAction"));
    connect(remove, &QAction::triggered, this, [this] {
        const int row = m_programmeView->currentIndex().row();
        if (row >= 0)
            m_programme->removeItem(row);
    });
    auto *up = new QAction(tr("Move &Earlier"), page);
    up->setObjectName(QStringLiteral("moveUpAction"));
    up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    up->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(up, &QAction::triggered, this, [this] { moveSelectedItem(-1); });
    auto *down = new QAction(tr("Move &Later"), page);
    down->setObjectName(QStringLiteral("moveDownAction"));
    down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    down->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(down, &QAction::triggered, this, [this] { moveSelectedItem(1); });
    m_programmeActions = {add, remove, up, down};
    page->addActions(m_programmeActions);

    auto *toolRow = new QHBoxLayout;
    for (QAction *a : std::as_const(m_programmeActions)) {
        auto *b = new QToolButton(page);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        if (!a->shortcut().isEmpty())
            b->setToolTip(a->text().remove(QLatin1Char('&')) + QStringLiteral(" (") +
                          a->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')'));
        toolRow->addWidget(b);
    }
    toolRow->addStretch(1);
    auto *hint = new QLabel(tr("Drag items, or use Ctrl+Up and Ctrl+Down, to change the order; "
                               "the times follow."),
                            page);
    hint->setEnabled(false);
    toolRow->addWidget(hint);
    layout->addLayout(toolRow);

    m_programmeView = new QTableView(page);
    m_programmeView->setObjectName(QStringLiteral("programmeView"));
    m_programmeView->setAccessibleName(tr("Programme"));
    m_programmeView->setModel(m_programme);
    m_programmeView->setItemDelegate(new ChoiceDelegate(m_programme, m_programmeView));
    m_programmeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_programmeView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_programmeView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                     QAbstractItemView::EditKeyPressed |
                                     QAbstractItemView::AnyKeyPressed);
    m_programmeView->setDragEnabled(true);
    m_programmeView->setAcceptDrops(true);
    m_programmeView->setDropIndicatorShown(true);
    m_programmeView->setDragDropMode(QAbstractItemView::DragDrop);
    m_programmeView->setDefaultDropAction(Qt::CopyAction);
    m_programmeView->verticalHeader()->hide();
    m_programmeView->horizontalHeader()->setStretchLastSection(true);
    m_programmeView->setColumnWidth(ProgrammeModel::StartColumn, 80);
    m_programmeView->setColumnWidth(ProgrammeModel::EndColumn, 80);
    m_programmeView->setColumnWidth(ProgrammeModel::KindColumn, 130);
    m_programmeView->setColumnWidth(ProgrammeModel::TitleEnColumn, 280);
    m_programmeView->setColumnWidth(ProgrammeModel::TitleDeColumn, 280);
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(m_programmeView);

    // The people: on the whole event, or on the item chosen above.
    auto *people = new QGroupBox(tr("People"), page);
    auto *peopleLayout = new QVBoxLayout(people);
    auto *targetRow = new QHBoxLayout;
    m_rolesTargetCombo = new QComboBox(people);
    m_rolesTargetCombo->setObjectName(QStringLiteral("rolesTargetCombo"));
    m_rolesTargetCombo->setAccessibleName(tr("Roles on"));
    auto *targetLabel = new QLabel(tr("Roles &on:"), people);
    targetLabel->setBuddy(m_rolesTargetCombo);
    targetRow->addWidget(targetLabel);
    targetRow->addWidget(m_rolesTargetCombo, 1);
    peopleLayout->addLayout(targetRow);
    m_rolesTable = table(people, "rolesTable", tr("Roles"),
                         {tr("Person"), tr("Role"), tr("Affiliation (English)"),
                          tr("Affiliation (German)"), tr("Status")});
    m_rolesTable->setColumnWidth(0, 200);
    m_rolesTable->setColumnWidth(1, 140);
    m_rolesTable->setColumnWidth(2, 220);
    m_rolesTable->setColumnWidth(3, 220);
    peopleLayout->addWidget(m_rolesTable, 1);

    m_people = new QStandardItemModel(this);
    auto *addRow = new QHBoxLayout;
    m_rolePerson = completingCombo(people, "rolePersonCombo", tr("Person for the new role"));
    m_rolePerson->setModel(m_people);
    m_rolePerson->lineEdit()->setPlaceholderText(tr("Type a name"));
    m_roleKind = new QComboBox(people);
    m_roleKind->setObjectName(QStringLiteral("roleKindCombo"));
    m_roleKind->setAccessibleName(tr("Role"));
    for (const RoleKind k : allValues<RoleKind>())
        m_roleKind->addItem(
            roleLabel(k, Language::English == m_language ? Language::English : Language::German),
            toStorage(k));
    m_roleKind->setCurrentIndex(m_roleKind->findData(toStorage(RoleKind::Panellist)));
    m_roleAffiliationEn =
        lineEdit(people, "roleAffiliationEnEdit", tr("Affiliation to print, in English"));
    m_roleAffiliationEn->setPlaceholderText(tr("Affiliation (English)"));
    m_roleAffiliationDe =
        lineEdit(people, "roleAffiliationDeEdit", tr("Affiliation to print, in German"));
    m_roleAffiliationDe->setPlaceholderText(tr("Affiliation (German)"));
    m_roleStatus = new QComboBox(people);
    m_roleStatus->setObjectName(QStringLiteral("roleStatusCombo"));
    m_roleStatus->setAccessibleName(tr("Status of the role"));
    for (const RoleStatus s : allValues<RoleStatus>())
        m_roleStatus->addItem(roleStatusLabel(s, m_language), toStorage(s));
    auto *addRoleButton = button(people, "addRoleButton", tr("Add &Person"));
    auto *removeRoleButton = button(people, "removeRoleButton", tr("Remove Ro&le"));
    addRow->addWidget(m_rolePerson, 2);
    addRow->addWidget(m_roleKind);
    addRow->addWidget(m_roleAffiliationEn, 1);
    addRow->addWidget(m_roleAffiliationDe, 1);
    addRow->addWidget(m_roleStatus);
    addRow->addWidget(addRoleButton);
    addRow->addWidget(removeRoleButton);
    peopleLayout->addLayout(addRow);
    splitter->addWidget(people);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(addRoleButton, &QPushButton::clicked, this, &EventWorkspace::addRoleFromFields);
    connect(m_rolePerson->lineEdit(), &QLineEdit::returnPressed, this,
            &EventWorkspace::addRoleFromFields);
    connect(removeRoleButton, &QPushButton::clicked, this, [this] {
        const int row = m_rolesTable->currentRow();
        if (row >= 0 && m_rolesTable->item(row, 0))
            removeRole(m_rolesTable->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    // Choosing a person suggests the affiliation line from their organisation.
    connect(m_rolePerson, &QComboBox::activated, this, [this](int index) {
        const QString org = m_people->item(index)
                                ? m_people->item(index)->data(Qt::UserRole + 1).toString()
                                : QString();
        if (m_roleAffiliationEn->text().isEmpty())
            m_roleAffiliationEn->setText(org);
    });
    connect(m_rolesTargetCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        refreshRoles();
        const int row = m_programme->rowOfId(rolesTarget());
        if (row >= 0 && m_programmeView->currentIndex().row() != row)
            m_programmeView->selectRow(row);
    });
    connect(m_programmeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    setRolesTarget(m_programme->item(current.row()).id);
            });
    connect(m_programme, &QAbstractItemModel::modelReset, this, [this] {
        // A new model reset brings a new selection model connection target.
        const int row = m_programme->rowOfId(rolesTarget());
        if (row >= 0)
            m_programmeView->selectRow(row);
    });
    connect(m_rolesTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || (item->column() != 2 && item->column() != 3))
            return;
        const qint64 roleId = m_rolesTable->item(item->row(), 0)->data(Qt::UserRole).toLongLong();
        const QString text = item->text().trimmed();
        const bool german = item->column() == 3;
        applyRoleEdit(roleId,
                      [&](Role &r) { (german ? r.affiliation.de : r.affiliation.en) = text; });
    });

    setTabOrder(m_programmeView, m_rolesTargetCombo);
    setTabOrder(m_rolesTargetCombo, m_rolesTable);
    setTabOrder(m_rolesTable, m_rolePerson);
    setTabOrder(m_rolePerson, m_roleKind);
    setTabOrder(m_roleKind, m_roleAffiliationEn);
    setTabOrder(m_roleAffiliationEn, m_roleAffiliationDe);
    setTabOrder(m_roleAffiliationDe, m_roleStatus);
    setTabOrder(m_roleStatus, addRoleButton);
    setTabOrder(addRoleButton, removeRoleButton);
    return page;
}

QWidget *EventWorkspace::buildRegistrationsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_countsLabel = new QLabel(page);
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_countsLabel->setAccessibleName(tr("Registrations against capacity"));
    m_countsLabel->setWordWrap(true);
    layout->addWidget(m_countsLabel);
    m_registrationsTable = table(page, "registrationsTable", tr("Registrations"),
                                 {tr("Name"), tr("Status"), tr("Registered"), tr("Checked in")});
    m_registrationsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_registrationsTable->setColumnWidth(0, 260);
    m_registrationsTable->setColumnWidth(1, 130);
    m_registrationsTable->setColumnWidth(2, 170);
    layout->addWidget(m_registrationsTable, 1);
    auto *row = new QHBoxLayout;
    m_registerPerson = completingCombo(page, "registerPersonCombo", tr("Person to register"));
    m_registerPerson->setModel(m_people);
    m_registerPerson->lineEdit()->setPlaceholderText(tr("Type a name"));
    auto *registerButton = button(page, "registerButton", tr("Re&gister"));
    auto *cancelButton = button(page, "cancelRegistrationButton", tr("&Cancel Registration"));
    auto *checkInButton = button(page, "checkInButton", tr("Check-&in…"));
    row->addWidget(m_registerPerson, 1);
    row->addWidget(registerButton);
    row->addSpacing(16);
    row->addWidget(cancelButton);
    row->addWidget(checkInButton);
    layout->addLayout(row);
    connect(registerButton, &QPushButton::clicked, this, [this] {
        if (const qint64 person = personFromCombo(m_registerPerson)) {
            if (registerPerson(person))
                m_registerPerson->setEditText(QString());
        }
    });
    connect(cancelButton, &QPushButton::clicked, this, [this] {
        const int r = m_registrationsTable->currentRow();
        if (r >= 0)
            cancelRegistration(m_registrationsTable->item(r, 0)->data(Qt::UserRole).toLongLong());
    });
    connect(checkInButton, &QPushButton::clicked, this, [this] { openCheckIn(); });
    return page;
}

QWidget *EventWorkspace::buildDocumentsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_documentsTable = table(page, "documentsTable", tr("Documents"),
                             {tr("Title"), tr("Kind"), tr("Link or file")});
    m_documentsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_documentsTable->setColumnWidth(0, 320);
    m_documentsTable->setColumnWidth(1, 160);
    layout->addWidget(m_documentsTable, 1);
    auto *row = new QHBoxLayout;
    auto *add = button(page, "addDocumentButton", tr("&Add Link…"));
    auto *addFile = button(page, "addDocumentFileButton", tr("Add &File…"));
    auto *open = button(page, "openDocumentButton", tr("&Open"));
    auto *saveAs = button(page, "saveDocumentAsButton", tr("Save a Cop&y…"));
    auto *remove = button(page, "removeDocumentButton", tr("&Remove"));
    row->addWidget(add);
    row->addWidget(addFile);
    row->addWidget(open);
    row->addWidget(saveAs);
    row->addWidget(remove);
    row->addStretch(1);
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, &EventWorkspace::addDocumentAsked);
    connect(addFile, &QPushButton::clicked, this, &EventWorkspace::addDocumentFileAsked);
    connect(saveAs, &QPushButton::clicked, this, &EventWorkspace::saveDocumentAsAsked);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentDocumentId())
            removeDocument(id);
    });
    auto openCurrent = [this] {
        if (const qint64 id = currentDocumentId())
            openDocument(id);
    };
    connect(open, &QPushButton::clicked, this, openCurrent);
    connect(m_documentsTable, &QTableWidget::cellActivated, this, openCurrent);
    // Saving a copy only makes sense for a file kept in the database.
    auto updateButtons = [this, open, saveAs, remove] {
        const int r = m_documentsTable->currentRow();
        const bool any = r >= 0;
        open->setEnabled(any);
        remove->setEnabled(any && !m_db.isReadOnly());
        const QTableWidgetItem *link = any ? m_documentsTable->item(r, 2) : nullptr;
        saveAs->setEnabled(link && link->data(Qt::UserRole).toString().isEmpty());
    };
    // Rows removed or read again move the current cell, which this follows.
    connect(m_documentsTable, &QTableWidget::currentCellChanged, this, updateButtons);
    updateButtons();
    return page;
}

qint64 EventWorkspace::currentDocumentId() const
{
    const int r = m_documentsTable->currentRow();
    return r >= 0 ? m_documentsTable->item(r, 0)->data(Qt::UserRole).toLongLong() : 0;
}

void EventWorkspace::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void EventWorkspace::updateTitle()
{
    const QString title = m_loaded.title.in(m_language);
    setWindowTitle(m_eventId ? tr("Event: %1").arg(title) : tr("New Event"));
}

void EventWorkspace::updateEnabled()
{
    // The programme, registrations and documents need the saved event.
    for (int i = ProgrammeTab; i <= DocumentsTab; ++i)
        m_tabs->setTabEnabled(i, m_eventId != 0);
    for (QAction *a : m_eventMenu->actions()) {
        if (a->objectName() == QLatin1StringView("duplicateAction") ||
            a->objectName() == QLatin1StringView("checkInAction"))
            a->setEnabled(m_eventId != 0);
    }
    const bool writable = !m_db.isReadOnly();
    m_saveButton->setEnabled(writable);
}

void EventWorkspace::fillVenues()
{
    m_venue->clear();
    m_venue->addItem(QString(), qint64(0));
    // Sorted as the interface language sorts names ("Ärztehaus" among the A).
    QList<Venue> venues = VenueRepository(m_db).all();
    sortByDisplayName(venues, [](const Venue &v) { return v.name; });
    for (const Venue &v : venues)
        m_venue->addItem(v.city.isEmpty() ? v.name : v.name + QStringLiteral(", ") + v.city, v.id);
}

void EventWorkspace::fillRooms()
{
    const QString current = m_room->currentText();
    const int venueIndex =
        m_venue->findText(m_venue->currentText().trimmed(), Qt::MatchFixedString);
    const qint64 venueId = venueIndex > 0 ? m_venue->itemData(venueIndex).toLongLong() : 0;
    m_room->clear();
    m_room->addItem(QString(), qint64(0));
    if (venueId) {
        QList<Room> rooms = VenueRepository(m_db).rooms(venueId);
        sortByDisplayName(rooms, [](const Room &r) { return r.name; });
        for (const Room &r : rooms)
            m_room->addItem(r.name, r.id);
    }
    m_room->setEditText(current);
}

void EventWorkspace::loadDetails()
{
    m_filling = true;
    Event e;
    if (m_eventId) {
        if (const auto found = EventRepository(m_db).find(m_eventId))
            e = *found;
    } else {
        // A new event: next week at seven in the evening, two hours.
        e.setLocalTimes(QDate::currentDate().addDays(7), QTime(19, 0), QTime(21, 0));
    }
    m_loaded = e;
    m_titleEn->setText(e.title.en);
    m_titleDe->setText(e.title.de);
    m_subtitleEn->setText(e.subtitle.en);
    m_subtitleDe->setText(e.subtitle.de);
    m_descriptionEn->setPlainText(e.description.en);
    m_descriptionDe->setPlainText(e.description.de);
    m_status->setCurrentIndex(m_status->findData(toStorage(e.status)));
    m_published->setChecked(e.published);
    m_eventLanguage->setCurrentIndex(m_eventLanguage->findData(toStorage(e.language)));
    const QDateTime start = e.localStart();
    const QDateTime end = e.localEnd();
    m_start->setDateTime(QDateTime(start.date(), start.time()));
    m_end->setDateTime(QDateTime(end.date(), end.time()));
    m_timeZone->setCurrentIndex(m_timeZone->findText(QString::fromUtf8(e.timeZone)));
    m_timeZone->setEditText(QString::fromUtf8(e.timeZone));

    m_series->clear();
    m_series->addItem(QString(), qint64(0));
    QList<Series> series = SeriesRepository(m_db).all();
    sortByDisplayName(series, [this](const Series &s) { return s.name.in(m_language); });
    for (const Series &s : series)
        m_series->addItem(s.name.in(m_language), s.id);
    const int seriesIndex = m_series->findData(e.seriesId);
    m_series->setCurrentIndex(std::max(0, seriesIndex));
    m_series->setEditText(seriesIndex > 0 ? m_series->itemText(seriesIndex) : QString());

    fillVenues();
    const int venueIndex = m_venue->findData(e.venueId);
    m_venue->setCurrentIndex(std::max(0, venueIndex));
    m_venue->setEditText(venueIndex > 0 ? m_venue->itemText(venueIndex) : QString());
    m_room->setEditText(QString());
    fillRooms();
    const int roomIndex = m_room->findData(e.roomId);
    m_room->setCurrentIndex(std::max(0, roomIndex));
    m_room->setEditText(roomIndex > 0 ? m_room->itemText(roomIndex) : QString());

    m_capacity->setValue(e.capacity ? *e.capacity : -1);
    m_onlineUrl->setText(e.onlineUrl);
    m_filling = false;
    m_loadedState = detailsState();
    showIssues({});
    updatePreview();
    updateTitle();
    updateEnabled();
}

QStringList EventWorkspace::detailsState() const
{
    return {m_titleEn->text(),
            m_titleDe->text(),
            m_subtitleEn->text(),
            m_subtitleDe->text(),
            m_descriptionEn->toPlainText(),
            m_descriptionDe->toPlainText(),
            m_status->currentData().toString(),
            QString::number(m_published->isChecked()),
            m_eventLanguage->currentData().toString(),
            m_start->dateTime().toString(Qt::ISODate),
            m_end->dateTime().toString(Qt::ISODate),
            m_timeZone->currentText().trimmed(),
            m_series->currentText().trimmed(),
            m_venue->currentText().trimmed(),
            m_room->currentText().trimmed(),
            QString::number(m_capacity->value()),
            m_onlineUrl->text().trimmed()};
}

bool EventWorkspace::isModified() const
{
    return detailsState() != m_loadedState;
}

void EventWorkspace::updatePreview()
{
    const QPlainTextEdit *edit =
        m_descriptionTabs->currentIndex() == 1 ? m_descriptionDe : m_descriptionEn;
    m_preview->setMarkdown(edit->toPlainText());
}

QString EventWorkspace::fieldMessage(const QString &field) const
{
    const QLabel *label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void EventWorkspace::showIssues(const QList<ValidationIssue> &issues)
{
    for (QLabel *label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
    QStringList general;
    QWidget *first = nullptr;
    for (const ValidationIssue &issue : issues) {
        QLabel *label = m_errorLabels.value(issue.field);
        if (!label) {
            general << issue.message;
            continue;
        }
        label->setText(label->text().isEmpty() ? issue.message
                                               : label->text() + QLatin1Char(' ') + issue.message);
        label->show();
        if (!first)
            first = m_fieldWidgets.value(issue.field);
    }
    m_generalError->setText(general.join(QLatin1Char(' ')));
    m_generalError->setVisible(!general.isEmpty());
    if (!issues.isEmpty())
        showTab(DetailsTab);
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

bool EventWorkspace::save()
{
    m_promptAnswers.clear();
    for (;;) {
        const SaveResult result = saveDetails();
        if (result != SaveResult::Conflict) {
            m_promptAnswers.clear();
            return result == SaveResult::Saved;
        }
        const std::optional<RecordConflict> conflict = detailsConflict();
        if (!conflict) // deleted meanwhile, or saved back to the version loaded: try again
            continue;
        switch (m_resolveConflict(*conflict)) {
        case ConflictDialog::KeepEditing:
            m_promptAnswers.clear();
            showIssues({{QString(), tr("Not saved: someone else saved this event meanwhile. "
                                       "Your changes are still here.")}});
            return false;
        case ConflictDialog::TakeTheirs:
            m_promptAnswers.clear();
            loadDetails();
            refresh();
            return false;
        case ConflictDialog::SaveMine:
            // Theirs becomes the base (for what the form does not show, such
            // as the calendar sequence); the form's fields go over it.
            if (const auto stored = EventRepository(m_db).find(m_eventId))
                m_loaded = *stored;
            break;
        }
    }
}

std::optional<QString> EventWorkspace::askOnce(const QString &label, const QString &suggestion)
{
    const auto known = m_promptAnswers.constFind(label);
    if (known != m_promptAnswers.cend())
        return *known;
    const std::optional<QString> answer = m_textPrompt(label, suggestion);
    m_promptAnswers.insert(label, answer);
    return answer;
}

std::optional<RecordConflict> EventWorkspace::detailsConflict() const
{
    if (!m_eventId)
        return std::nullopt;
    const auto stored = EventRepository(m_db).find(m_eventId);
    if (!stored || stored->rowVersion == m_loaded.rowVersion)
        return std::nullopt;
    RecordConflict c;
    c.recordName = stored->title.in(m_language);
    c.yourVersion = m_loaded.rowVersion;
    c.theirVersion = stored->rowVersion;
    c.readAuthor(m_db, QStringLiteral("event"), m_eventId);
    const auto line = [&](const QWidget *field, const QString &mine, const QString &theirs) {
        c.compare(RecordConflict::labelOf(field), mine.trimmed(), theirs.trimmed());
    };
    const auto itemText = [](const QComboBox *combo, const QVariant &data) {
        const int index = combo->findData(data);
        return index >= 0 ? combo->itemText(index) : QString();
    };
    const auto local = [](const QDateTime &dateTime) {
        return QLocale().toString(QDateTime(dateTime.date(), dateTime.time()),
                                  numericDateTimeFormat());
    };
    line(m_titleEn, m_titleEn->text(), stored->title.en);
    line(m_titleDe, m_titleDe->text(), stored->title.de);
    line(m_subtitleEn, m_subtitleEn->text(), stored->subtitle.en);
    line(m_subtitleDe, m_subtitleDe->text(), stored->subtitle.de);
    line(m_descriptionEn, m_descriptionEn->toPlainText(), stored->description.en);
    line(m_descriptionDe, m_descriptionDe->toPlainText(), stored->description.de);
    line(m_status, m_status->currentText(), itemText(m_status, toStorage(stored->status)));
    c.compare(RecordConflict::labelOf(m_published), m_published->isChecked(), stored->published);
    line(m_eventLanguage, m_eventLanguage->currentText(),
         itemText(m_eventLanguage, toStorage(stored->language)));
    line(m_start, local(m_start->dateTime()), local(stored->localStart()));
    line(m_end, local(m_end->dateTime()), local(stored->localEnd()));
    line(m_timeZone, m_timeZone->currentText(), QString::fromUtf8(stored->timeZone));
    QString series;
    if (stored->seriesId) {
        if (const auto found = SeriesRepository(m_db).find(stored->seriesId))
            series = found->name.in(m_language);
    }
    line(m_series, m_series->currentText(), series);
    QString venue;
    QString room;
    if (stored->venueId) {
        VenueRepository venues(m_db);
        if (const auto found = venues.find(stored->venueId))
            venue = found->name;
        for (const Room &r : venues.rooms(stored->venueId)) {
            if (r.id == stored->roomId)
                room = r.name;
        }
    }
    line(m_venue, m_venue->currentText(),
         itemText(m_venue, stored->venueId).isEmpty() ? venue : itemText(m_venue, stored->venueId));
    line(m_room, m_room->currentText(), room);
    line(m_capacity, m_capacity->value() < 0 ? QString() : QString::number(m_capacity->value()),
         stored->capacity ? QString::number(*stored->capacity) : QString());
    line(m_onlineUrl, m_onlineUrl->text(), stored->onlineUrl);
    return c;
}

EventWorkspace::SaveResult EventWorkspace::saveDetails()
{
    if (m_db.isReadOnly()) {
        showIssues({{QString(), m_db.readOnlyReason()}});
        return SaveResult::Failed;
    }
    Event e = m_loaded;
    e.title = {m_titleEn->text().trimmed(), m_titleDe->text().trimmed()};
    e.subtitle = {m_subtitleEn->text().trimmed(), m_subtitleDe->text().trimmed()};
    e.description = {m_descriptionEn->toPlainText(), m_descriptionDe->toPlainText()};
    e.status =
        fromStorage<EventStatus>(m_status->currentData().toString()).value_or(EventStatus::Draft);
    e.published = m_published->isChecked();
    e.language = fromStorage<Language>(m_eventLanguage->currentData().toString())
                     .value_or(Language::English);
    e.timeZone = m_timeZone->currentText().trimmed().toUtf8();
    const QTimeZone zone = e.zone();
    e.start = QDateTime(m_start->date(), m_start->time(), zone).toUTC();
    e.end = QDateTime(m_end->date(), m_end->time(), zone).toUTC();
    e.capacity = m_capacity->value() < 0 ? std::nullopt : std::optional<int>(m_capacity->value());
    e.onlineUrl = m_onlineUrl->text().trimmed();

    QList<ValidationIssue> issues;
    // The series by its name; a new name makes a new series, after asking.
    Series newSeries;
    const QString seriesName = m_series->currentText().trimmed();
    e.seriesId = 0;
    if (!seriesName.isEmpty()) {
        if (const auto found = SeriesRepository(m_db).findByName(seriesName)) {
            e.seriesId = found->id;
        } else {
            const auto other =
                askOnce(tr("The series “%1” does not exist yet. To create it, give its name in %2 "
                           "(or leave it empty):")
                            .arg(seriesName, languageLabel(otherLanguage(m_language), m_language)),
                        QString());
            if (!other) {
                showIssues({{QStringLiteral("series"),
                             tr("Choose a series from the list, or confirm the new one.")}});
                return SaveResult::Failed;
            }
            newSeries.name.set(m_language, seriesName);
            newSeries.name.set(otherLanguage(m_language), other->trimmed());
            for (const ValidationIssue &i : validate(newSeries))
                issues.append({QStringLiteral("series"), i.message});
        }
    }
    // The venue by its name (as listed, or the name alone); a new one after asking its city.
    Venue newVenue;
    const QString venueText = m_venue->currentText().trimmed();
    e.venueId = 0;
    if (!venueText.isEmpty()) {
        int index = m_venue->findText(venueText, Qt::MatchFixedString);
        if (index <= 0) {
            for (const Venue &v : VenueRepository(m_db).all()) {
                if (v.name.compare(venueText, Qt::CaseInsensitive) == 0)
                    index = m_venue->findData(v.id);
            }
        }
        if (index > 0) {
            e.venueId = m_venue->itemData(index).toLongLong();
        } else {
            const auto city = askOnce(
                tr("The venue “%1” does not exist yet. In which city is it?").arg(venueText),
                QString());
            if (!city) {
                showIssues({{QStringLiteral("venue"),
                             tr("Choose a venue from the list, or confirm the new one.")}});
                return SaveResult::Failed;
            }
            newVenue.name = venueText;
            newVenue.city = city->trimmed();
            for (const ValidationIssue &i : validate(newVenue))
                issues.append({QStringLiteral("venue"), i.message});
        }
    }
    // The room of that venue; a new name becomes a new room of it.
    Room newRoom;
    const QString roomText = m_room->currentText().trimmed();
    e.roomId = 0;
    if (!roomText.isEmpty()) {
        if (venueText.isEmpty()) {
            issues.append({QStringLiteral("room"), tr("Please choose the venue of the room.")});
        } else {
            if (e.venueId) {
                for (const Room &r : VenueRepository(m_db).rooms(e.venueId)) {
                    if (r.name.compare(roomText, Qt::CaseInsensitive) == 0)
                        e.roomId = r.id;
                }
            }
            if (!e.roomId)
                newRoom.name = roomText;
        }
    }
    for (const ValidationIssue &i : validate(e)) {
        if (i.field == QLatin1StringView("venueId") && !newVenue.name.isEmpty())
            continue;
        issues.append(i);
    }
    if (!issues.isEmpty()) {
        showIssues(issues);
        return SaveResult::Failed;
    }

    RecordStore store(m_db);
    const QVariantMap before =
        m_eventId ? store.fetch(QStringLiteral("event"), m_eventId) : QVariantMap();
    QString error;
    {
        Transaction tx(m_db);
        if (!tx.isActive()) {
            showIssues({{QString(), RecordStore::explainConstraint(tx.error())}});
            return SaveResult::Failed;
        }
        if (!newSeries.name.isEmpty()) {
            if (!SeriesRepository(m_db).insert(newSeries, &error)) {
                showIssues({{QStringLiteral("series"), error}});
                return SaveResult::Failed;
            }
            e.seriesId = newSeries.id;
        }
        if (!newVenue.name.isEmpty()) {
            if (!VenueRepository(m_db).insert(newVenue, &error)) {
                showIssues({{QStringLiteral("venue"), error}});
                return SaveResult::Failed;
            }
            e.venueId = newVenue.id;
        }
        if (!newRoom.name.isEmpty()) {
            newRoom.venueId = e.venueId;
            if (!VenueRepository(m_db).insertRoom(newRoom, &error)) {
                showIssues({{QStringLiteral("room"), error}});
                return SaveResult::Failed;
            }
            e.roomId = newRoom.id;
        }
        EventRepository events(m_db);
        const bool ok = m_eventId ? events.update(e, &error) : events.insert(e, &error);
        if (!ok) {
            // Refused because someone else saved the event since it was
            // loaded? Then the caller asks what to do (after this
            // transaction is rolled back, so nothing waits on it).
            if (m_eventId) {
                const auto stored = events.find(m_eventId);
                if (stored && stored->rowVersion != e.rowVersion)
                    return SaveResult::Conflict;
            }
            showIssues({{QString(), error}});
            return SaveResult::Failed;
        }
        if (!tx.commit()) {
            showIssues({{QString(), RecordStore::explainConstraint(tx.error())}});
            return SaveResult::Failed;
        }
    }

    const bool isNew = m_eventId == 0;
    m_eventId = e.id;
    if (m_undoStack) {
        auto report = [this](const QString &m) { pushError(m); };
        const QString title = e.title.in(m_language);
        // One step for the whole save; the pieces made on the way go with it.
        m_undoStack->beginMacro(isNew ? tr("New event “%1”").arg(title)
                                      : tr("Edit event “%1”").arg(title));
        if (!newSeries.name.isEmpty())
            m_undoStack->push(new InsertRecordCommand(
                m_db, QStringLiteral("series"), newSeries.id,
                tr("New series “%1”").arg(newSeries.name.in(m_language)), report));
        if (!newVenue.name.isEmpty())
            m_undoStack->push(new InsertRecordCommand(m_db, QStringLiteral("venue"), newVenue.id,
                                                      tr("New venue “%1”").arg(newVenue.name),
                                                      report));
        else if (!newRoom.name.isEmpty())
            m_undoStack->push(new InsertRecordCommand(m_db, QStringLiteral("room"), newRoom.id,
                                                      tr("New room “%1”").arg(newRoom.name),
                                                      report));
        if (isNew)
            m_undoStack->push(new InsertRecordCommand(m_db, QStringLiteral("event"), e.id,
                                                      tr("New event “%1”").arg(title), report));
        else
            m_undoStack->push(new ChangeRecordCommand(m_db, QStringLiteral("event"), e.id, before,
                                                      store.fetch(QStringLiteral("event"), e.id),
                                                      tr("Edit event “%1”").arg(title), report));
        m_undoStack->endMacro();
    }
    loadDetails();
    m_programme->setEvent(m_eventId);
    refresh();
    emit eventSaved(m_eventId);
    return SaveResult::Saved;
}

void EventWorkspace::revert()
{
    loadDetails();
}

void EventWorkspace::done(int result)
{
    if (result == Rejected && isModified()) {
        const auto answer =
            m_question(tr("Save your changes to the event before closing?"),
                       QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            if (!save())
                return;
            result = Accepted;
        }
    }
    QDialog::done(result);
}

void EventWorkspace::scheduleRefresh()
{
    // After an undo or redo, once the stack has settled.
    if (m_refreshPending)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshPending = false;
        if (m_eventId && !EventRepository(m_db).find(m_eventId)) {
            // The event itself was undone: nothing is left to plan here.
            m_eventId = 0;
            m_loadedState.clear();
            loadDetails();
        } else if (!isModified()) {
            loadDetails();
        }
        if (m_programme->eventId() != m_eventId)
            m_programme->setEvent(m_eventId);
        refresh();
    });
}

void EventWorkspace::refresh()
{
    m_filling = true;
    m_people->clear();
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT p.id, trim(coalesce(p.honorific || ' ', '') || coalesce(p.given_name, '') || ' ' "
        "|| coalesce(p.family_name, '')), coalesce(o.name, '') FROM person p LEFT JOIN "
        "organisation o ON o.id = p.organisation_id ORDER BY p.sort_key, p.id"));
    if (Database::exec(q)) {
        while (q.next()) {
            const QString org = q.value(2).toString();
            auto *item = new QStandardItem(org.isEmpty() ? q.value(1).toString()
                                                         : q.value(1).toString() +
                                                               QStringLiteral(" — ") + org);
            item->setData(q.value(0).toLongLong(), Qt::UserRole);
            item->setData(org, Qt::UserRole + 1);
            m_people->appendRow(item);
        }
    }
    m_rolePerson->setCurrentIndex(-1);
    m_registerPerson->setCurrentIndex(-1);
    m_filling = false;
    m_programme->reload();
    refreshRolesTargets();
    refreshRegistrations();
    refreshDocuments();
    refreshWarnings();
    updateEnabled();
}

void EventWorkspace::refreshWarnings()
{
    m_warnings.clear();
    if (m_eventId) {
        for (const PlannerWarning &w : Planner(m_db).warningsForEvent(m_eventId))
            m_warnings << w.message;
    }
    QStringList lines;
    for (const QString &w : std::as_const(m_warnings))
        lines << QStringLiteral("⚠ ") + w.toHtmlEscaped();
    m_warningStrip->setText(lines.join(QStringLiteral("<br>")));
    m_warningStrip->setVisible(!m_warnings.isEmpty());
    if (QWidget *area = findChild<QWidget *>(QStringLiteral("warningArea")))
        area->setVisible(!m_warnings.isEmpty());
}

qint64 EventWorkspace::rolesTarget() const
{
    return m_rolesTargetCombo->currentData().toLongLong();
}

void EventWorkspace::setRolesTarget(qint64 programmeItemId)
{
    const int index = m_rolesTargetCombo->findData(programmeItemId);
    if (index >= 0)
        m_rolesTargetCombo->setCurrentIndex(index);
}

void EventWorkspace::refreshRolesTargets()
{
    const qint64 current = rolesTarget();
    m_filling = true;
    m_rolesTargetCombo->clear();
    m_rolesTargetCombo->addItem(tr("The whole event"), qint64(0));
    for (int row = 0; row < m_programme->rowCount(); ++row) {
        const ProgrammeItem item = m_programme->item(row);
        m_rolesTargetCombo->addItem(
            m_programme->data(m_programme->index(row, ProgrammeModel::StartColumn)).toString() +
                QStringLiteral("  ") + item.title.in(m_language),
            item.id);
    }
    m_rolesTargetCombo->setCurrentIndex(std::max(0, m_rolesTargetCombo->findData(current)));
    m_filling = false;
    refreshRoles();
}

void EventWorkspace::refreshRoles()
{
    m_filling = true;
    m_rolesTable->setRowCount(0);
    if (m_eventId) {
        const qint64 target = rolesTarget();
        RoleRepository roles(m_db);
        const QList<Role> list = target ? roles.forItem(target) : roles.onEventAsWhole(m_eventId);
        PersonRepository people(m_db);
        for (const Role &r : list) {
            const int row = m_rolesTable->rowCount();
            m_rolesTable->insertRow(row);
            const Person p = people.find(r.personId).value_or(Person());
            m_rolesTable->setItem(row, 0, readOnlyItem(p.displayName(), r.id));
            m_rolesTable->setItem(row, 1, readOnlyItem(roleLabel(r.kind, m_language)));
            m_rolesTable->setItem(row, 2, new QTableWidgetItem(r.affiliation.en));
            m_rolesTable->setItem(row, 3, new QTableWidgetItem(r.affiliation.de));
            m_rolesTable->setItem(row, 4, readOnlyItem(roleStatusLabel(r.status, m_language)));
            // Role and status are chosen from their lists, written at once.
            auto *kind = new QComboBox(m_rolesTable);
            kind->setAccessibleName(tr("Role of %1").arg(p.fullName()));
            for (const RoleKind k : allValues<RoleKind>())
                kind->addItem(roleLabel(k, m_language), toStorage(k));
            kind->setCurrentIndex(kind->findData(toStorage(r.kind)));
            m_rolesTable->setCellWidget(row, 1, kind);
            auto *status = new QComboBox(m_rolesTable);
            status->setAccessibleName(tr("Status of %1's role").arg(p.fullName()));
            for (const RoleStatus s : allValues<RoleStatus>())
                status->addItem(roleStatusLabel(s, m_language), toStorage(s));
            status->setCurrentIndex(status->findData(toStorage(r.status)));
            m_rolesTable->setCellWidget(row, 4, status);
            const qint64 id = r.id;
            connect(kind, &QComboBox::activated, this, [this, id, kind] {
                const auto k = fromStorage<RoleKind>(kind->currentData().toString());
                if (k)
                    applyRoleEdit(id, [&](Role &role) { role.kind = *k; });
            });
            connect(status, &QComboBox::activated, this, [this, id, status] {
                const auto s = fromStorage<RoleStatus>(status->currentData().toString());
                if (s)
                    applyRoleEdit(id, [&](Role &role) { role.status = *s; });
            });
        }
    }
    m_filling = false;
}

void EventWorkspace::pushError(const QString &message)
{
    m_message(message);
}

qint64 EventWorkspace::personFromCombo(QComboBox *combo)
{
    const QString text = combo->currentText().trimmed();
    if (text.isEmpty()) {
        m_message(tr("Please type the name of a person from the directory."));
        return 0;
    }
    const int index = combo->findText(text, Qt::MatchFixedString);
    if (index >= 0)
        return combo->itemData(index, Qt::UserRole).toLongLong();
    const QList<Person> found = PersonRepository(m_db).search(text, 2);
    if (found.size() == 1)
        return found.first().id;
    m_message(
        found.isEmpty()
            ? tr("Nobody called “%1” is in the directory. Add them under People first.").arg(text)
            : tr("Several people match “%1”. Please choose one from the list.").arg(text));
    return 0;
}

void EventWorkspace::addRoleFromFields()
{
    const qint64 person = personFromCombo(m_rolePerson);
    if (!person)
        return;
    const auto kind = fromStorage<RoleKind>(m_roleKind->currentData().toString());
    const auto status = fromStorage<RoleStatus>(m_roleStatus->currentData().toString());
    if (addRole(person, kind.value_or(RoleKind::Speaker),
                {m_roleAffiliationEn->text().trimmed(), m_roleAffiliationDe->text().trimmed()},
                status.value_or(RoleStatus::Asked))) {
        m_rolePerson->setCurrentIndex(-1);
        m_rolePerson->setEditText(QString());
        m_roleAffiliationEn->clear();
        m_roleAffiliationDe->clear();
        m_rolePerson->setFocus();
    }
}

bool EventWorkspace::addRole(qint64 personId, RoleKind kind, const LocalizedText &affiliation,
                             RoleStatus status)
{
    if (!m_eventId)
        return false;
    Role role;
    role.personId = personId;
    role.eventId = m_eventId;
    role.programmeItemId = rolesTarget();
    role.kind = kind;
    role.affiliation = affiliation;
    role.status = status;
    role.position = m_rolesTable->rowCount();
    QString error;
    if (!RoleRepository(m_db).insert(role, &error)) {
        m_message(error);
        return false;
    }
    if (m_undoStack) {
        const QString name = PersonRepository(m_db).find(personId).value_or(Person()).fullName();
        m_undoStack->push(
            new InsertRecordCommand(m_db, QStringLiteral("role"), role.id,
                                    tr("%1 as %2").arg(name, roleLabel(kind, m_language).toLower()),
                                    [this](const QString &m) { pushError(m); }));
    }
    refreshRoles();
    refreshWarnings();
    return true;
}

void EventWorkspace::applyRoleEdit(qint64 roleId, const std::function<void(Role &)> &change)
{
    RoleRepository roles(m_db);
    std::optional<Role> role = roles.find(roleId);
    if (!role)
        return;
    RecordStore store(m_db);
    const QVariantMap before = store.fetch(QStringLiteral("role"), roleId);
    Role after = *role;
    change(after);
    if (after == *role)
        return;
    QString error;
    if (!roles.update(after, &error)) {
        m_message(error);
        refreshRoles();
        return;
    }
    if (m_undoStack) {
        const QString name =
            PersonRepository(m_db).find(after.personId).value_or(Person()).fullName();
        m_undoStack->push(new ChangeRecordCommand(m_db, QStringLiteral("role"), roleId, before,
                                                  store.fetch(QStringLiteral("role"), roleId),
                                                  tr("Edit the role of %1").arg(name),
                                                  [this](const QString &m) { pushError(m); }));
    }
    refreshWarnings();
}

bool EventWorkspace::removeRole(qint64 roleId)
{
    const std::optional<Role> role = RoleRepository(m_db).find(roleId);
    if (!role)
        return false;
    const QString name = PersonRepository(m_db).find(role->personId).value_or(Person()).fullName();
    auto *command = new DeleteRecordCommand(
        m_db, QStringLiteral("role"), roleId,
        tr("Remove %1 as %2").arg(name, roleLabel(role->kind, m_language).toLower()),
        [this](const QString &m) { pushError(m); });
    if (!executeAndPush(command, m_undoStack, m_message))
        return false;
    refreshRoles();
    refreshWarnings();
    return true;
}

void EventWorkspace::moveSelectedItem(int step)
{
    const int row = m_programmeView->currentIndex().row();
    const int column = std::max(0, m_programmeView->currentIndex().column());
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_programme->rowCount())
        return;
    const qint64 id = m_programme->item(row).id;
    if (m_programme->moveItem(row, target)) {
        const int now = m_programme->rowOfId(id);
        m_programmeView->setCurrentIndex(m_programme->index(now, column));
        m_programmeView->selectRow(now);
    }
}

QString EventWorkspace::countsText() const
{
    return m_countsLabel->text();
}

void EventWorkspace::refreshRegistrations()
{
    m_registrationsTable->setRowCount(0);
    if (!m_eventId) {
        m_countsLabel->clear();
        return;
    }
    const QTimeZone zone = m_loaded.zone();
    PersonRepository people(m_db);
    for (const Registration &r : RegistrationRepository(m_db).forEvent(m_eventId)) {
        const int row = m_registrationsTable->rowCount();
        m_registrationsTable->insertRow(row);
        const Person p = people.find(r.personId).value_or(Person());
        m_registrationsTable->setItem(row, 0, readOnlyItem(p.fullName(), r.id));
        m_registrationsTable->setItem(row, 1,
                                      readOnlyItem(registrationStatusLabel(r.status, m_language)));
        m_registrationsTable->setItem(
            row, 2,
            readOnlyItem(r.registeredAt.isValid()
                             ? QLocale().toString(r.registeredAt.toTimeZone(zone),
                                                  shortDateTimeFormat(QLocale(), Weekday::LeftOut))
                             : QString()));
        m_registrationsTable->setItem(
            row, 3,
            readOnlyItem(
                r.checkedInAt.isValid()
                    ? QLocale().toString(r.checkedInAt.toTimeZone(zone).time(), clockFormat())
                    : QString()));
    }
    const RegistrationCounts c = Planner(m_db).counts(m_eventId);
    QStringList parts;
    for (const RegistrationStatus s : allValues<RegistrationStatus>()) {
        if (c.count(s))
            parts << QStringLiteral("%1 %2")
                         .arg(registrationStatusLabel(s, m_language))
                         .arg(c.count(s));
    }
    QString text =
        parts.isEmpty() ? tr("No registrations yet.") : parts.join(QStringLiteral(" · "));
    if (c.capacity)
        text += QStringLiteral("\n") + tr("%1 of %2 places taken, %3 left.")
                                           .arg(c.placesTaken())
                                           .arg(*c.capacity)
                                           .arg(*c.placesLeft());
    else
        text += QStringLiteral("\n") + tr("%1 places taken; no limit.").arg(c.placesTaken());
    m_countsLabel->setText(text);
}

qint64 EventWorkspace::registerPerson(qint64 personId)
{
    if (!m_eventId)
        return 0;
    Registration r;
    r.personId = personId;
    r.eventId = m_eventId;
    r.status = Planner(m_db).statusForNewRegistration(m_eventId);
    QString error;
    if (!RegistrationRepository(m_db).insert(r, &error)) {
        m_message(error);
        return 0;
    }
    const QString name = PersonRepository(m_db).find(personId).value_or(Person()).fullName();
    if (m_undoStack)
        m_undoStack->push(new InsertRecordCommand(m_db, QStringLiteral("registration"), r.id,
                                                  r.status == RegistrationStatus::Waitlisted
                                                      ? tr("Put %1 on the waiting list").arg(name)
                                                      : tr("Register %1").arg(name),
                                                  [this](const QString &m) { pushError(m); }));
    if (r.status == RegistrationStatus::Waitlisted)
        m_message(tr("The event is full: %1 is on the waiting list.").arg(name));
    refreshRegistrations();
    refreshWarnings();
    return r.id;
}

bool EventWorkspace::cancelRegistration(qint64 registrationId)
{
    RecordStore store(m_db);
    const QVariantMap row = store.fetch(QStringLiteral("registration"), registrationId);
    if (row.isEmpty())
        return false;
    const auto status =
        fromStorage<RegistrationStatus>(row.value(QStringLiteral("status")).toString());
    if (status == RegistrationStatus::Cancelled)
        return false;
    PersonRepository people(m_db);
    const QString name = people.find(row.value(QStringLiteral("person_id")).toLongLong())
                             .value_or(Person())
                             .fullName();
    QList<RowChange> changes;
    RowChange cancel{QStringLiteral("registration"), registrationId, row, row};
    cancel.after.insert(QStringLiteral("status"), toStorage(RegistrationStatus::Cancelled));
    changes.append(cancel);
    QString text = tr("Cancel the registration of %1").arg(name);

    // A freed place goes to the first of the waiting list, if the planner agrees.
    Planner planner(m_db);
    RegistrationCounts counts = planner.counts(m_eventId);
    const bool freesPlace = status && Planner::holdsPlace(*status);
    const qint64 waiting = planner.firstWaitlisted(m_eventId);
    if (freesPlace && waiting && counts.capacity && counts.placesTaken() - 1 < *counts.capacity) {
        const QVariantMap w = store.fetch(QStringLiteral("registration"), waiting);
        const QString waitingName = people.find(w.value(QStringLiteral("person_id")).toLongLong())
                                        .value_or(Person())
                                        .fullName();
        const auto answer = m_question(tr("A place is free now. Move %1, the first on the waiting "
                                          "list, up to registered?")
                                           .arg(waitingName),
                                       QMessageBox::Yes | QMessageBox::No);
        if (answer == QMessageBox::Yes) {
            RowChange promote{QStringLiteral("registration"), waiting, w, w};
            promote.after.insert(QStringLiteral("status"),
                                 toStorage(RegistrationStatus::Registered));
            changes.append(promote);
            text = tr("Cancel the registration of %1 and move %2 up").arg(name, waitingName);
        }
    }
    auto *command =
        new ChangeSetCommand(m_db, changes, text, [this](const QString &m) { pushError(m); });
    if (!executeAndPush(command, m_undoStack, m_message))
        return false;
    refreshRegistrations();
    refreshWarnings();
    return true;
}

void EventWorkspace::refreshDocuments()
{
    // Reading again keeps the document that was chosen.
    const qint64 current = currentDocumentId();
    int keep = -1;
    m_documentsTable->setRowCount(0);
    if (!m_eventId)
        return;
    for (const Document &d : DocumentRepository(m_db).forEvent(m_eventId)) {
        const int row = m_documentsTable->rowCount();
        if (d.id == current)
            keep = row;
        m_documentsTable->insertRow(row);
        m_documentsTable->setItem(row, 0, readOnlyItem(d.title, d.id));
        m_documentsTable->setItem(row, 1, readOnlyItem(documentKindLabel(d.kind, m_language)));
        auto *link = readOnlyItem(d.url.isEmpty() ? tr("%1 (kept in the database, %2 KiB)")
                                                        .arg(d.fileName)
                                                        .arg((d.content.size() + 1023) / 1024)
                                                  : d.url);
        link->setData(Qt::UserRole, d.url);
        m_documentsTable->setItem(row, 2, link);
    }
    if (keep >= 0)
        m_documentsTable->setCurrentCell(keep, 0);
}

bool EventWorkspace::addDocumentLink(const QString &title, DocumentKind kind, const QString &url)
{
    if (!m_eventId)
        return false;
    Document d;
    d.eventId = m_eventId;
    d.title = title.trimmed();
    d.kind = kind;
    d.url = url.trimmed();
    d.position = m_documentsTable->rowCount();
    QString error;
    if (!DocumentRepository(m_db).insert(d, &error)) {
        m_message(error);
        return false;
    }
    if (m_undoStack)
        m_undoStack->push(new InsertRecordCommand(m_db, QStringLiteral("document"), d.id,
                                                  tr("Add document “%1”").arg(d.title),
                                                  [this](const QString &m) { pushError(m); }));
    refreshDocuments();
    return true;
}

bool EventWorkspace::addDocumentFile(const QString &path, DocumentKind kind, const QString &title)
{
    if (!m_eventId)
        return false;
    QString error;
    std::optional<Document> d = readDocumentFile(path, &error);
    if (!d) {
        m_message(error);
        return false;
    }
    d->eventId = m_eventId;
    d->kind = kind;
    if (!title.trimmed().isEmpty())
        d->title = title.trimmed();
    d->position = m_documentsTable->rowCount();
    if (!DocumentRepository(m_db).insert(*d, &error)) {
        m_message(error);
        return false;
    }
    if (m_undoStack)
        m_undoStack->push(new InsertRecordCommand(m_db, QStringLiteral("document"), d->id,
                                                  tr("Add document “%1”").arg(d->title),
                                                  [this](const QString &m) { pushError(m); }));
    refreshDocuments();
    return true;
}

bool EventWorkspace::saveDocumentAs(qint64 documentId, const QString &path)
{
    const std::optional<Document> d = DocumentRepository(m_db).find(documentId);
    QString error;
    if (!d) {
        m_message(tr("The document is no longer in the database."));
        return false;
    }
    if (!writeDocumentFile(*d, path, &error)) {
        m_message(error);
        return false;
    }
    return true;
}

QUrl EventWorkspace::openDocument(qint64 documentId)
{
    const std::optional<Document> d = DocumentRepository(m_db).find(documentId);
    if (!d) {
        m_message(tr("The document is no longer in the database."));
        return {};
    }
    QUrl url;
    if (!d->url.isEmpty()) {
        url = QUrl(d->url);
    } else {
        // A private folder per document, so that two documents of the same
        // name never overwrite each other and nobody else on the machine
        // reads them.
        const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                   .filePath(QStringLiteral("podium-documents/%1").arg(d->id));
        QString error;
        if (!QDir().mkpath(folder)) {
            m_message(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
            return {};
        }
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
        const QString path = QDir(folder).filePath(safeDocumentFileName(*d));
        if (!writeDocumentFile(*d, path, &error)) {
            m_message(error);
            return {};
        }
        url = QUrl::fromLocalFile(path);
    }
    if (!url.isValid() || url.scheme().isEmpty()) {
        m_message(tr("“%1” has no address that can be opened.").arg(d->title));
        return {};
    }
    if (!m_openUrl(url)) {
        m_message(tr("No program on this computer opens %1.").arg(url.toDisplayString()));
        return {};
    }
    return url;
}

bool EventWorkspace::removeDocument(qint64 documentId)
{
    const QString title =
        m_db.scalar(QStringLiteral("SELECT title FROM document WHERE id = ?"), {documentId})
            .toString();
    auto *command = new DeleteRecordCommand(m_db, QStringLiteral("document"), documentId,
                                            tr("Remove document “%1”").arg(title),
                                            [this](const QString &m) { pushError(m); });
    if (!executeAndPush(command, m_undoStack, m_message))
        return false;
    refreshDocuments();
    return true;
}

void EventWorkspace::addDocumentAsked()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a Link"));
    auto *form = new QFormLayout(&dialog);
    auto *title = new QLineEdit(&dialog);
    title->setAccessibleName(tr("Title"));
    auto *kind = new QComboBox(&dialog);
    kind->setAccessibleName(tr("Kind"));
    for (const DocumentKind k : allValues<DocumentKind>())
        kind->addItem(documentKindLabel(k, m_language), toStorage(k));
    auto *url = new QLineEdit(&dialog);
    url->setAccessibleName(tr("Address"));
    url->setPlaceholderText(QStringLiteral("https://"));
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Kind:"), kind);
    form->addRow(tr("&Address:"), url);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (addDocumentLink(title->text(),
                            fromStorage<DocumentKind>(kind->currentData().toString())
                                .value_or(DocumentKind::Other),
                            url->text()))
            dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.exec();
}

void EventWorkspace::addDocumentFileAsked()
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("documentFolder")).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Add a File"), folder,
        tr("Documents (*.pdf *.odt *.docx *.doc *.txt *.md *.png *.jpg *.jpeg *.pptx *.odp "
           "*.xlsx *.ods);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("documentFolder"), QFileInfo(path).absolutePath());
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a File"));
    auto *form = new QFormLayout(&dialog);
    auto *title = new QLineEdit(QFileInfo(path).completeBaseName(), &dialog);
    title->setAccessibleName(tr("Title"));
    auto *kind = new QComboBox(&dialog);
    kind->setAccessibleName(tr("Kind"));
    for (const DocumentKind k : allValues<DocumentKind>())
        kind->addItem(documentKindLabel(k, m_language), toStorage(k));
    kind->setCurrentIndex(kind->findData(toStorage(DocumentKind::Other)));
    form->addRow(tr("File:"), new QLabel(QFileInfo(path).fileName(), &dialog));
    form->addRow(tr("&Title:"), title);
    form->addRow(tr("&Kind:"), kind);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (addDocumentFile(path,
                            fromStorage<DocumentKind>(kind->currentData().toString())
                                .value_or(DocumentKind::Other),
                            title->text()))
            dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.exec();
}

void EventWorkspace::saveDocumentAsAsked()
{
    const qint64 id = currentDocumentId();
    const std::optional<Document> d = id ? DocumentRepository(m_db).find(id) : std::nullopt;
    if (!d || d->content.isEmpty())
        return;
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("documentFolder")).toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a Copy"), QDir(folder).filePath(safeDocumentFileName(*d)));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("documentFolder"), QFileInfo(path).absolutePath());
    saveDocumentAs(id, path);
}

qint64 EventWorkspace::duplicateTo(const QDate &firstDay)
{
    if (!m_eventId)
        return 0;
    if (isModified()) {
        const auto answer =
            m_question(tr("Save your changes to the event before duplicating it?"),
                       QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return 0;
        if (answer == QMessageBox::Save && !save())
            return 0;
    }
    QString error;
    const qint64 copy = duplicateEventWithUndo(m_db, m_undoStack, m_eventId, firstDay, &error);
    if (!copy) {
        m_message(error);
        return 0;
    }
    m_eventId = copy;
    loadDetails();
    m_programme->setEvent(m_eventId);
    refresh();
    emit eventSaved(copy);
    return copy;
}

void EventWorkspace::duplicateAsked()
{
    if (!m_eventId)
        return;
    const auto day = m_datePrompt(EventDuplicator::suggestedFirstDay(m_loaded));
    if (day)
        duplicateTo(*day);
}

CheckInDialog *EventWorkspace::openCheckIn()
{
    if (!m_eventId)
        return nullptr;
    auto *dialog = new CheckInDialog(m_db, m_undoStack, m_eventId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::finished, this, [this] { refresh(); });
    dialog->show();
    return dialog;
}

} // namespace Podium
