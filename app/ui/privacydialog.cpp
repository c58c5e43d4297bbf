#include "privacydialog.h"

#include "privacy/duplicates.h"
#include "storage/database.h"
#include "storage/organisationsettings.h"
#include "util/atomicfile.h"
#include "util/clock.h"
#include "util/platform.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Podium {

PrivacyDialog::PrivacyDialog(Database &database, QUndoStack *undoStack, QWidget *parent,
                             qint64 personId)
    : QDialog(parent)
    , m_db(database)
    , m_undoStack(undoStack)
{
    setWindowTitle(tr("Data Protection"));
    auto *layout = new QVBoxLayout(this);

    auto *personBox = new QGroupBox(tr("One person"));
    auto *personLayout = new QVBoxLayout(personBox);
    auto *findRow = new QHBoxLayout;
    auto *findLabel = new QLabel(tr("&Person (id or e-mail):"));
    m_person = new QLineEdit;
    findLabel->setBuddy(m_person);
    auto *find = new QPushButton(tr("&Find"));
    findRow->addWidget(findLabel);
    findRow->addWidget(m_person, 1);
    findRow->addWidget(find);
    personLayout->addLayout(findRow);
    m_personLabel = new QLabel;
    m_personLabel->setWordWrap(true);
    personLayout->addWidget(m_personLabel);
    auto *actions = new QHBoxLayout;
    m_export = new QPushButton(tr("&Export Everything About This Person…"));
    m_erase = new QPushButton(tr("E&rase This Person…"));
    actions->addWidget(m_export);
    actions->addWidget(m_erase);
    actions->addStretch(1);
    personLayout->addLayout(actions);
    m_keepName = new QCheckBox(tr("&Keep the published name in past programmes (speakers only)"));
    personLayout->addWidget(m_keepName);
    auto *eraseNote = new QLabel(
        tr("Erasing removes the person's contact data, notes, consents, registrations for coming "
           "events and roles everywhere, including the change log. Registrations of past events "
           "stay without a name, so that their counts stay right. It cannot be undone.") +
        QLatin1Char(' ') +
        (m_db.isServer()
             ? tr("On a server, Podium makes no copy first: the server's administrator keeps the "
                  "backups.")
             : tr("A copy of the database is kept beside it first.")));
    eraseNote->setWordWrap(true);
    personLayout->addWidget(eraseNote);
    layout->addWidget(personBox);

    auto *retentionBox = new QGroupBox(tr("Retention of attendees' data"));
    auto *retentionLayout = new QVBoxLayout(retentionBox);
    auto *monthsRow = new QHBoxLayout;
    auto *monthsLabel = new QLabel(tr("Anonymise attendees of events that ended more than"));
    m_months = new QSpinBox;
    m_months->setRange(1, 1200);
    m_months->setSuffix(tr(" months ago"));
    m_months->setValue(OrganisationSettings::load(m_db).retentionMonths);
    monthsLabel->setBuddy(m_months);
    auto *preview = new QPushButton(tr("&Preview"));
    m_run = new QPushButton(tr("&Anonymise Now…"));
    m_run->setEnabled(false);
    monthsRow->addWidget(monthsLabel);
    monthsRow->addWidget(m_months);
    monthsRow->addWidget(preview);
    monthsRow->addWidget(m_run);
    monthsRow->addStretch(1);
    retentionLayout->addLayout(monthsRow);
    m_preview = new QPlainTextEdit;
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setPlaceholderText(
        tr("Preview first: it lists exactly what the run will change. Speakers and people who "
           "agreed to be contacted are kept."));
    retentionLayout->addWidget(m_preview, 1);
    layout->addWidget(retentionBox, 1);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(find, &QPushButton::clicked, this, [this] { setPerson(m_person->text()); });
    connect(m_person, &QLineEdit::returnPressed, this, [this] { setPerson(m_person->text()); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Everything About This Person"),
            QStringLiteral("person-%1.json").arg(m_personId), tr("JSON files (*.json)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!exportPerson(path, &error))
            QMessageBox::warning(this, windowTitle(), error);
    });
    connect(m_erase, &QPushButton::clicked, this, [this] { erasePerson(); });
    connect(preview, &QPushButton::clicked, this, &PrivacyDialog::previewRetention);
    connect(m_run, &QPushButton::clicked, this, [this] { runRetention(); });
    connect(m_months, &QSpinBox::valueChanged, this, [this] {
        m_plan.reset();
        m_run->setEnabled(false);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (personId != 0)
        setPerson(QString::number(personId));
    else
        showPerson();
    resize(760, 560);
}

bool PrivacyDialog::setPerson(const QString &idOrEmail)
{
    QString error;
    m_personId = PersonPrivacy::resolvePerson(m_db, idOrEmail, &error);
    m_person->setText(idOrEmail.trimmed());
    showPerson();
    if (m_personId == 0 && !idOrEmail.trimmed().isEmpty())
        m_personLabel->setText(error);
    return m_personId != 0;
}

void PrivacyDialog::showPerson()
{
    const bool found = m_personId != 0;
    m_export->setEnabled(found);
    m_erase->setEnabled(found && !m_db.isReadOnly());
    m_keepName->setEnabled(found && !m_db.isReadOnly());
    if (!found) {
        m_personLabel->setText(tr("Find a person first."));
        return;
    }
    const int registrations =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM registration WHERE person_id = ?"),
                    {m_personId})
            .toInt();
    const int roles =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM role WHERE person_id = ?"), {m_personId})
            .toInt();
    m_personLabel->setText(tr("%1 — %2, %3.")
                               .arg(Duplicates::personLabel(m_db, m_personId),
                                    tr("%n registration(s)", nullptr, registrations),
                                    tr("%n role(s)", nullptr, roles)));
}

bool PrivacyDialog::exportPerson(const QString &path, QString *error)
{
    const QByteArray json = PersonPrivacy::accessReport(m_db, m_personId, error);
    if (json.isEmpty())
        return false;
    QString reason;
    if (!writeFileAtomically(path, json, &reason, FileAccess::OwnerOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    m_status->setText(
        tr("Everything about this person was written to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

namespace {

// What a server still keeps after an erasure or a retention run whose tables
// the login was not allowed to VACUUM.
QString notVacuumedText(const QStringList &tables)
{
    return PrivacyDialog::tr("The server still keeps old versions of rows in %1; ask its "
                             "administrator to run VACUUM on them.")
        .arg(QLocale().createSeparatedList(tables));
}

} // namespace

bool PrivacyDialog::erasePerson(bool confirmed)
{
    if (m_personId == 0)
        return false;
    if (!confirmed) {
        QMessageBox box(QMessageBox::Warning, tr("Erase This Person"),
                        tr("Erase %1 for good?").arg(Duplicates::personLabel(m_db, m_personId)),
                        QMessageBox::Cancel, this);
        box.setInformativeText(
            m_db.isServer()
                ? tr("This cannot be undone, not even with Edit › Undo. The person's data is "
                     "removed everywhere; registrations of past events stay without a name. "
                     "Podium makes no copy of a server database; the server's own backups may "
                     "still hold the data.")
                : tr("This cannot be undone, not even with Edit › Undo. The person's data is "
                     "removed everywhere; registrations of past events stay without a name. A "
                     "copy of the database made just before keeps the data until you delete "
                     "it."));
        QPushButton *erase = box.addButton(tr("Erase for Good"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != erase)
            return false;
    }
    QString error;
    QString backup;
    if (!m_db.isServer()) {
        backup = PersonPrivacy::backup(m_db, QStringLiteral("erasure"), &error);
        if (backup.isEmpty()) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("Cannot make a copy first: %1 Nothing was erased.").arg(error));
            return false;
        }
    }
    PersonPrivacy::ErasureOptions options;
    options.keepPublishedName = m_keepName->isChecked();
    const PersonPrivacy::ErasureResult r =
        PersonPrivacy::erase(m_db, m_personId, options, Clock::nowUtc());
    if (!r.ok) {
        if (!backup.isEmpty())
            QFile::remove(backup);
        QMessageBox::warning(this, windowTitle(), r.error);
        return false;
    }
    // An older step on the stack could write the erased data back.
    if (m_undoStack)
        m_undoStack->clear();
    m_personId = 0;
    m_person->clear();
    showPerson();
    QString status =
        backup.isEmpty()
            ? tr("The person was erased.")
            : tr("The person was erased. The copy made before still holds their data: %1. Delete "
                 "it once you have checked the result.")
                  .arg(QDir::toNativeSeparators(backup));
    if (!r.notVacuumed.isEmpty())
        status += QLatin1Char(' ') + notVacuumedText(r.notVacuumed);
    m_status->setText(status);
    return true;
}

void PrivacyDialog::previewRetention()
{
    m_plan = PersonPrivacy::planRetention(m_db, m_months->value(), Clock::nowUtc());
    m_preview->setPlainText(m_plan->describe().join(QLatin1Char('\n')));
    m_run->setEnabled(!m_plan->people.isEmpty() && !m_db.isReadOnly());
}

QString PrivacyDialog::retentionPreview() const
{
    return m_preview->toPlainText();
}

QString PrivacyDialog::statusText() const
{
    return m_status->text();
}

bool PrivacyDialog::runRetention(bool confirmed)
{
    if (!m_plan || m_plan->people.isEmpty())
        return false;
    if (!confirmed &&
        QMessageBox::warning(this, tr("Anonymise Attendees"),
                             tr("Anonymise the %n attendee(s) in the preview? This cannot be "
                                "undone.",
                                nullptr, int(m_plan->people.size())),
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return false;
    QString error;
    QString backup;
    QStringList notVacuumed;
    if (!m_db.isServer()) {
        backup = PersonPrivacy::backup(m_db, QStringLiteral("retention"), &error);
        if (backup.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), error);
            return false;
        }
    }
    if (!PersonPrivacy::applyRetention(m_db, *m_plan, &error, &notVacuumed)) {
        if (!backup.isEmpty())
            QFile::remove(backup);
        QMessageBox::warning(this, windowTitle(), error);
        return false;
    }
    if (m_undoStack)
        m_undoStack->clear();
    const int count = int(m_plan->people.size());
    QString status = backup.isEmpty()
                         ? tr("%n attendee(s) anonymised.", nullptr, count)
                         : tr("%n attendee(s) anonymised. The copy made before: %1. Delete it "
                              "once you have checked the result.",
                              nullptr, count)
                               .arg(QDir::toNativeSeparators(backup));
    if (!notVacuumed.isEmpty())
        status += QLatin1Char(' ') + notVacuumedText(notVacuumed);
    m_status->setText(status);
    m_plan.reset();
    m_run->setEnabled(false);
    showPerson();
    return true;
}

} // namespace Podium
