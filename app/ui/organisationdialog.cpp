#include "organisationdialog.h"

#include "domain/organisationrepository.h"
#include "domain/validationissue.h"
#include "models/recordcommands.h"
#include "storage/recordstore.h"
#include "ui_organisationdialog.h"

#include <QLocale>
#include <QMessageBox>
#include <QUndoStack>

namespace Podium {

OrganisationDialog::OrganisationDialog(Database &database, QUndoStack *undoStack,
                                       qint64 organisationId, QWidget *parent)
    : RecordDialog(database, undoStack, parent)
    , m_ui(std::make_unique<Ui::OrganisationDialog>())
    , m_organisationId(organisationId)
{
    m_ui->setupUi(this);
    setWindowTitle(organisationId ? tr("Edit Organisation") : tr("New Organisation"));
    const Language language =
        QLocale().language() == QLocale::German ? Language::German : Language::English;
    for (const OrganisationKind k : allValues<OrganisationKind>())
        m_ui->kindCombo->addItem(organisationKindLabel(k, language), toStorage(k));
    m_ui->parentCombo->addItem(tr("(none)"), 0);
    for (const Organisation &o : OrganisationRepository(database).all()) {
        if (o.id != organisationId)
            m_ui->parentCombo->addItem(o.name, o.id);
    }
    m_ui->websiteEdit->setPlaceholderText(QStringLiteral("https://"));
    m_ui->shortNameEdit->setPlaceholderText(tr("as in running text, e.g. “sef:”"));

    setUp(m_ui->form, m_ui->buttons, m_ui->generalError);
    bindField(QStringLiteral("name"), m_ui->nameEdit);
    bindField(QStringLiteral("website"), m_ui->websiteEdit);
    bindField(QStringLiteral("parentId"), m_ui->parentCombo);
}

OrganisationDialog::~OrganisationDialog() = default;

void OrganisationDialog::load()
{
    Organisation o;
    if (m_organisationId) {
        if (const auto found = OrganisationRepository(m_db).find(m_organisationId))
            o = *found;
    }
    m_loadedVersion = o.rowVersion;
    m_ui->nameEdit->setText(o.name);
    m_ui->shortNameEdit->setText(o.shortName);
    m_ui->kindCombo->setCurrentIndex(std::max(0, m_ui->kindCombo->findData(toStorage(o.kind))));
    m_ui->cityEdit->setText(o.city);
    m_ui->countryEdit->setText(o.country);
    m_ui->websiteEdit->setText(o.website);
    m_ui->parentCombo->setCurrentIndex(std::max(0, m_ui->parentCombo->findData(o.parentId)));
    m_ui->notesEdit->setPlainText(o.notes);
}

QStringList OrganisationDialog::state() const
{
    return {m_ui->nameEdit->text(),
            m_ui->shortNameEdit->text(),
            m_ui->kindCombo->currentData().toString(),
            m_ui->cityEdit->text(),
            m_ui->countryEdit->text(),
            m_ui->websiteEdit->text(),
            m_ui->parentCombo->currentData().toString(),
            m_ui->notesEdit->toPlainText()};
}

QList<ValidationIssue> OrganisationDialog::save()
{
    OrganisationRepository repo(m_db);
    Organisation o;
    if (m_organisationId) {
        const auto found = repo.find(m_organisationId);
        if (!found)
            return {{QString(),
                     tr("This organisation no longer exists; someone may have deleted it.")}};
        o = *found;
        // Saved over the version the form was loaded from, never over one
        // saved since by someone else (conflict() tells them apart).
        o.rowVersion = m_loadedVersion;
    }
    o.name = m_ui->nameEdit->text().trimmed();
    o.shortName = m_ui->shortNameEdit->text().trimmed();
    o.kind = fromStorage<OrganisationKind>(m_ui->kindCombo->currentData().toString())
                 .value_or(OrganisationKind::Other);
    o.city = m_ui->cityEdit->text().trimmed();
    o.country = m_ui->countryEdit->text().trimmed();
    o.website = m_ui->websiteEdit->text().trimmed();
    o.parentId = m_ui->parentCombo->currentData().toLongLong();
    o.notes = m_ui->notesEdit->toPlainText().trimmed();
    if (const QList<ValidationIssue> issues = validate(o); !issues.isEmpty())
        return issues;

    RecordStore store(m_db);
    const QVariantMap before = m_organisationId
                                   ? store.fetch(QStringLiteral("organisation"), m_organisationId)
                                   : QVariantMap();
    QString error;
    const bool isNew = m_organisationId == 0;
    if (!(isNew ? repo.insert(o, &error) : repo.update(o, &error))) {
        // The repository's messages are about the name (a duplicate) or the
        // parent (a cycle); show them where they belong.
        const QString field =
            error.contains(tr("part of")) ? QStringLiteral("parentId") : QStringLiteral("name");
        return {{field, error}};
    }
    m_organisationId = o.id;
    // The form now holds the version just saved.
    const QVariantMap after = store.fetch(QStringLiteral("organisation"), o.id);
    m_loadedVersion = after.value(QStringLiteral("row_version")).toInt();
    if (m_undoStack) {
        auto report = [this](const QString &m) {
            QMessageBox::warning(parentWidget(), tr("Undo"), m);
        };
        if (isNew)
            m_undoStack->push(new InsertRecordCommand(m_db, QStringLiteral("organisation"), o.id,
                                                      tr("New organisation “%1”").arg(o.name),
                                                      report));
        else
            m_undoStack->push(new ChangeRecordCommand(m_db, QStringLiteral("organisation"), o.id,
                                                      before, after, tr("Edit “%1”").arg(o.name),
                                                      report));
    }
    return {};
}

std::optional<RecordConflict> OrganisationDialog::conflict() const
{
    if (!m_organisationId)
        return std::nullopt;
    OrganisationRepository repo(m_db);
    const auto stored = repo.find(m_organisationId);
    if (!stored || stored->rowVersion == m_loadedVersion)
        return std::nullopt;
    RecordConflict c;
    c.recordName = stored->name;
    c.yourVersion = m_loadedVersion;
    c.theirVersion = stored->rowVersion;
    c.readAuthor(m_db, QStringLiteral("organisation"), m_organisationId);
    const int kind = m_ui->kindCombo->findData(toStorage(stored->kind));
    const int parent = m_ui->parentCombo->findData(stored->parentId);
    const auto line = [&](const QWidget *field, const QString &mine, const QString &theirs) {
        c.compare(RecordConflict::labelOf(field), mine.trimmed(), theirs);
    };
    line(m_ui->nameEdit, m_ui->nameEdit->text(), stored->name);
    line(m_ui->shortNameEdit, m_ui->shortNameEdit->text(), stored->shortName);
    line(m_ui->kindCombo, m_ui->kindCombo->currentText(),
         kind >= 0 ? m_ui->kindCombo->itemText(kind) : QString());
    line(m_ui->cityEdit, m_ui->cityEdit->text(), stored->city);
    line(m_ui->countryEdit, m_ui->countryEdit->text(), stored->country);
    line(m_ui->websiteEdit, m_ui->websiteEdit->text(), stored->website);
    line(m_ui->parentCombo, m_ui->parentCombo->currentText(),
         parent >= 0 ? m_ui->parentCombo->itemText(parent) : QString());
    line(m_ui->notesEdit, m_ui->notesEdit->toPlainText(), stored->notes);
    return c;
}

} // namespace Podium
