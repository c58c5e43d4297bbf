#include "persondialog.h"

#include "domain/organisationrepository.h"
#include "domain/personrepository.h"
#include "domain/validationissue.h"
#include "models/recordcommands.h"
#include "storage/recordstore.h"
#include "storage/transaction.h"
#include "ui_persondialog.h"
#include "util/clock.h"
#include "util/collation.h"

#include <QCompleter>
#include <QMessageBox>
#include <QUndoStack>

namespace Podium {

PersonDialog::PersonDialog(Database &database, QUndoStack *undoStack, qint64 personId,
                           QWidget *parent)
    : RecordDialog(database, undoStack, parent)
    , m_ui(std::make_unique<Ui::PersonDialog>())
    , m_personId(personId)
{
    m_ui->setupUi(this);
    setWindowTitle(personId ? tr("Edit Person") : tr("New Person"));
    // Organisations are chosen by name; a name that is not in the list
    // yet becomes a new organisation when the person is saved.
    m_ui->organisationCombo->setInsertPolicy(QComboBox::NoInsert);
    m_ui->organisationCombo->addItem(QString(), 0);
    QList<Organisation> organisations = OrganisationRepository(database).all();
    sortByDisplayName(organisations, [](const Organisation &o) { return o.name; });
    for (const Organisation &o : organisations)
        m_ui->organisationCombo->addItem(o.name, o.id);
    m_ui->organisationCombo->completer()->setFilterMode(Qt::MatchContains);
    m_ui->organisationCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->organisationCombo->lineEdit()->setPlaceholderText(tr("Choose or type a new one"));
    m_ui->emailEdit->setPlaceholderText(tr("name@example.org"));

    setUp(m_ui->form, m_ui->buttons, m_ui->generalError);
    bindField(QStringLiteral("givenName"), m_ui->givenNameEdit);
    bindField(QStringLiteral("familyName"), m_ui->familyNameEdit);
    bindField(QStringLiteral("email"), m_ui->emailEdit);
    bindField(QStringLiteral("organisationId"), m_ui->organisationCombo);
    bindField(QStringLiteral("organisation"), m_ui->organisationCombo);
}

PersonDialog::~PersonDialog() = default;

void PersonDialog::load()
{
    Person p;
    if (m_personId) {
        if (const auto found = PersonRepository(m_db).find(m_personId))
            p = *found;
    }
    m_loadedVersion = p.rowVersion;
    m_ui->honorificEdit->setText(p.honorific);
    m_ui->givenNameEdit->setText(p.givenName);
    m_ui->familyNameEdit->setText(p.familyName);
    m_ui->positionEdit->setText(p.position);
    const int orgIndex = m_ui->organisationCombo->findData(p.organisationId);
    m_ui->organisationCombo->setCurrentIndex(orgIndex >= 0 ? orgIndex : 0);
    m_ui->organisationCombo->setEditText(orgIndex > 0 ? m_ui->organisationCombo->itemText(orgIndex)
                                                      : QString());
    m_ui->emailEdit->setText(p.email);
    m_ui->phoneEdit->setText(p.phone);
    m_ui->biographyEdit->setPlainText(p.biography);
    m_ui->notesEdit->setPlainText(p.notes);
    m_ui->consentContactCheck->setChecked(p.consentContact.given);
    m_ui->consentListCheck->setChecked(p.consentList.given);
    m_ui->consentPhotoCheck->setChecked(p.consentPhoto.given);
}

QStringList PersonDialog::state() const
{
    return {m_ui->honorificEdit->text(),
            m_ui->givenNameEdit->text(),
            m_ui->familyNameEdit->text(),
            m_ui->positionEdit->text(),
            m_ui->organisationCombo->currentText().trimmed(),
            m_ui->emailEdit->text(),
            m_ui->phoneEdit->text(),
            m_ui->biographyEdit->toPlainText(),
            m_ui->notesEdit->toPlainText(),
            QString::number(m_ui->consentContactCheck->isChecked()),
            QString::number(m_ui->consentListCheck->isChecked()),
            QString::number(m_ui->consentPhotoCheck->isChecked())};
}

QList<ValidationIssue> PersonDialog::save()
{
    PersonRepository people(m_db);
    OrganisationRepository organisations(m_db);
    Person p;
    if (m_personId) {
        const auto found = people.find(m_personId);
        if (!found)
            return {
                {QString(), tr("This person no longer exists; someone may have deleted them.")}};
        p = *found;
        // Saved over the version the form was loaded from, never over one
        // saved since by someone else (conflict() tells them apart).
        p.rowVersion = m_loadedVersion;
    }
    p.honorific = m_ui->honorificEdit->text().trimmed();
    p.givenName = m_ui->givenNameEdit->text().trimmed();
    p.familyName = m_ui->familyNameEdit->text().trimmed();
    p.position = m_ui->positionEdit->text().trimmed();
    p.email = m_ui->emailEdit->text().trimmed();
    p.phone = m_ui->phoneEdit->text().trimmed();
    p.biography = m_ui->biographyEdit->toPlainText().trimmed();
    p.notes = m_ui->notesEdit->toPlainText().trimmed();
    const QDateTime now = Clock::nowUtc();
    p.consentContact.set(m_ui->consentContactCheck->isChecked(), p.consentContact.at, now);
    p.consentList.set(m_ui->consentListCheck->isChecked(), p.consentList.at, now);
    p.consentPhoto.set(m_ui->consentPhotoCheck->isChecked(), p.consentPhoto.at, now);

    // The organisation by its name; a new name makes a new organisation.
    const QString orgName = m_ui->organisationCombo->currentText().trimmed();
    std::optional<Organisation> org;
    Organisation newOrg;
    if (!orgName.isEmpty()) {
        org = organisations.findByName(orgName);
        if (!org)
            newOrg.name = orgName;
    }
    p.organisationId = org ? org->id : 0;
    QList<ValidationIssue> issues = validate(p);
    if (!newOrg.name.isEmpty()) {
        for (const ValidationIssue &i : validate(newOrg))
            issues.append({QStringLiteral("organisation"), i.message});
    }
    // The organisation is created with the person; its id is not known yet.
    issues.erase(std::remove_if(issues.begin(), issues.end(),
                                [&](const ValidationIssue &i) {
                                    return i.field == QLatin1StringView("organisationId") &&
                                           !newOrg.name.isEmpty();
                                }),
                 issues.end());
    if (!issues.isEmpty())
        return issues;

    RecordStore store(m_db);
    const QVariantMap before =
        m_personId ? store.fetch(QStringLiteral("person"), m_personId) : QVariantMap();
    QString error;
    Transaction tx(m_db);
    if (!tx.isActive())
        return {{QString(), RecordStore::explainConstraint(tx.error())}};
    if (!newOrg.name.isEmpty()) {
        if (!organisations.insert(newOrg, &error))
            return {{QStringLiteral("organisation"), error}};
        p.organisationId = newOrg.id;
    }
    const bool ok = m_personId ? people.update(p, &error) : people.insert(p, &error);
    if (!ok)
        return {{QString(), error}};
    if (!tx.commit())
        return {{QString(), RecordStore::explainConstraint(tx.error())}};

    const bool isNew = m_personId == 0;
    m_personId = p.id;
    // The form now holds the version just saved.
    const QVariantMap after = store.fetch(QStringLiteral("person"), p.id);
    m_loadedVersion = after.value(QStringLiteral("row_version")).toInt();
    if (m_undoStack) {
        auto report = [this](const QString &m) {
            QMessageBox::warning(parentWidget(), tr("Undo"), m);
        };
        const QString name = p.fullName();
        m_undoStack->beginMacro(isNew ? tr("New person “%1”").arg(name)
                                      : tr("Edit “%1”").arg(name));
        if (!newOrg.name.isEmpty())
            m_undoStack->push(
                new InsertRecordCommand(m_db, QStringLiteral("organisation"), newOrg.id,
                                        tr("New organisation “%1”").arg(newOrg.name), report));
        if (isNew)
            m_undoStack->push(new InsertRecordCommand(m_db, QStringLiteral("person"), p.id,
                                                      tr("New person “%1”").arg(name), report));
        else
            m_undoStack->push(new ChangeRecordCommand(m_db, QStringLiteral("person"), p.id, before,
                                                      after, tr("Edit “%1”").arg(name), report));
        m_undoStack->endMacro();
    }
    return {};
}

std::optional<RecordConflict> PersonDialog::conflict() const
{
    if (!m_personId)
        return std::nullopt;
    const auto stored = PersonRepository(m_db).find(m_personId);
    if (!stored || stored->rowVersion == m_loadedVersion)
        return std::nullopt;
    RecordConflict c;
    c.recordName = stored->fullName();
    c.yourVersion = m_loadedVersion;
    c.theirVersion = stored->rowVersion;
    c.readAuthor(m_db, QStringLiteral("person"), m_personId);
    QString organisation;
    if (stored->organisationId) {
        if (const auto o = OrganisationRepository(m_db).find(stored->organisationId))
            organisation = o->name;
    }
    const auto line = [&](const QWidget *field, const QString &mine, const QString &theirs) {
        c.compare(RecordConflict::labelOf(field), mine.trimmed(), theirs);
    };
    line(m_ui->honorificEdit, m_ui->honorificEdit->text(), stored->honorific);
    line(m_ui->givenNameEdit, m_ui->givenNameEdit->text(), stored->givenName);
    line(m_ui->familyNameEdit, m_ui->familyNameEdit->text(), stored->familyName);
    line(m_ui->positionEdit, m_ui->positionEdit->text(), stored->position);
    line(m_ui->organisationCombo, m_ui->organisationCombo->currentText(), organisation);
    line(m_ui->emailEdit, m_ui->emailEdit->text(), stored->email);
    line(m_ui->phoneEdit, m_ui->phoneEdit->text(), stored->phone);
    line(m_ui->biographyEdit, m_ui->biographyEdit->toPlainText(), stored->biography);
    line(m_ui->notesEdit, m_ui->notesEdit->toPlainText(), stored->notes);
    c.compare(RecordConflict::labelOf(m_ui->consentContactCheck),
              m_ui->consentContactCheck->isChecked(), stored->consentContact.given);
    c.compare(RecordConflict::labelOf(m_ui->consentListCheck), m_ui->consentListCheck->isChecked(),
              stored->consentList.given);
    c.compare(RecordConflict::labelOf(m_ui->consentPhotoCheck),
              m_ui->consentPhotoCheck->isChecked(), stored->consentPhoto.given);
    return c;
}

} // namespace Podium
