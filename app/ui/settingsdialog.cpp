#include "settingsdialog.h"

#include "backup/backups.h"
#include "domain/validationissue.h"
#include "models/settingscommand.h"
#include "preferences.h"
#include "ui_settingsdialog.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QImage>
#include <QMessageBox>
#include <QPixmap>
#include <QSpinBox>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Podium {

SettingsDialog::SettingsDialog(Database &database, QUndoStack *undoStack, QWidget *parent)
    : RecordDialog(database, undoStack, parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Settings"));
    // The form's fields become the first tab; the user's own preferences the second.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    auto *organisationPage = new QWidget;
    auto *organisationLayout = new QVBoxLayout(organisationPage);
    m_ui->mainLayout->removeWidget(m_ui->intro);
    organisationLayout->addWidget(m_ui->intro);
    m_ui->mainLayout->removeItem(m_ui->form);
    m_ui->form->setParent(nullptr);
    organisationLayout->addLayout(m_ui->form);
    organisationLayout->addStretch(1);
    m_ui->mainLayout->removeItem(m_ui->bottomSpacer);
    delete m_ui->bottomSpacer;
    m_ui->bottomSpacer = nullptr;
    m_tabs->addTab(organisationPage, tr("&Organisation"));
    buildPersonalTab();
    m_ui->mainLayout->insertWidget(0, m_tabs, 1);
    m_ui->retentionSpin->setSuffix(tr(" months"));
    m_ui->organiserEmailEdit->setPlaceholderText(tr("events@example.org"));
    m_ui->contactLineEdit->setPlaceholderText(
        tr("Address · telephone · website, printed under each page"));
    connect(m_ui->chooseLogoButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose a Logo"), QString(),
                                                          tr("Images (*.png *.svg *.jpg *.jpeg)"));
        QString error;
        if (!file.isEmpty() && !setLogoFile(file, &error))
            QMessageBox::warning(this, tr("Choose a Logo"), error);
    });
    connect(m_ui->removeLogoButton, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        showLogo();
    });
    setUp(m_ui->form, m_ui->buttons, m_ui->generalError);
    bindField(QStringLiteral("foundationName"), m_ui->foundationNameEdit);
    bindField(QStringLiteral("organiserEmail"), m_ui->organiserEmailEdit);
    bindField(QStringLiteral("retentionMonths"), m_ui->retentionSpin);
    bindField(QStringLiteral("foundationLogo"), m_ui->logoPreview);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::buildPersonalTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(tr("These preferences are yours alone: they are kept on this "
                                "computer, not in the database."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_languageCombo = new QComboBox(page);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->setAccessibleName(tr("Interface language"));
    // Each language is named in itself, so that it can be found in any.
    const QStringList languageNames{tr("System default"), QStringLiteral("Deutsch"),
                                    QStringLiteral("English")};
    const QStringList languages = Preferences::interfaceLanguages();
    for (int i = 0; i < languages.size(); ++i)
        m_languageCombo->addItem(languageNames.at(i), languages.at(i));
    form->addRow(tr("&Interface language:"), m_languageCombo);
    m_paperSizeCombo = new QComboBox(page);
    m_paperSizeCombo->setObjectName(QStringLiteral("paperSizeCombo"));
    m_paperSizeCombo->setAccessibleName(tr("Default paper size"));
    const QStringList paperNames{tr("A4"), tr("US Letter"), tr("A5")};
    const QStringList papers = Preferences::paperSizes();
    for (int i = 0; i < papers.size(); ++i)
        m_paperSizeCombo->addItem(paperNames.at(i), papers.at(i));
    form->addRow(tr("&Default paper size:"), m_paperSizeCombo);
    m_keepBackupsSpin = new QSpinBox(page);
    m_keepBackupsSpin->setObjectName(QStringLiteral("keepBackupsSpin"));
    m_keepBackupsSpin->setAccessibleName(tr("Backups to keep"));
    m_keepBackupsSpin->setRange(1, Backups::maximumKeep);
    m_keepBackupsSpin->setToolTip(
        tr("How many backups of a database are kept beside it; older ones are deleted"));
    form->addRow(tr("&Backups to keep:"), m_keepBackupsSpin);
    layout->addLayout(form);
    auto *note = new QLabel(tr("A new language applies the next time Podium starts."), page);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(note);
    layout->addStretch(1);
    m_tabs->addTab(page, tr("&Personal"));
}

bool SettingsDialog::setLogoFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    if (QImage::fromData(bytes).isNull()) {
        if (error)
            *error = tr("%1 is not an image Podium can read.").arg(path);
        return false;
    }
    m_logo = bytes;
    showLogo();
    return true;
}

void SettingsDialog::showLogo()
{
    const QImage image = QImage::fromData(m_logo);
    if (image.isNull()) {
        m_ui->logoPreview->setPixmap({});
        m_ui->logoPreview->setText(tr("No logo"));
    } else {
        m_ui->logoPreview->setPixmap(QPixmap::fromImage(image.scaled(
            m_ui->logoPreview->minimumSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_ui->removeLogoButton->setEnabled(!m_logo.isEmpty());
}

void SettingsDialog::load()
{
    const OrganisationSettings s = OrganisationSettings::load(m_db);
    m_ui->foundationNameEdit->setText(s.foundationName);
    m_logo = s.foundationLogo;
    showLogo();
    m_ui->organiserEmailEdit->setText(s.organiserEmail);
    m_ui->contactLineEdit->setText(s.contactLine);
    // Show a long line from its beginning.
    m_ui->contactLineEdit->setCursorPosition(0);
    m_ui->retentionSpin->setValue(s.retentionMonths);
    // A value written by hand or by another version falls back to the first choice.
    m_languageCombo->setCurrentIndex(
        std::max(0, m_languageCombo->findData(Preferences::get(Preferences::interfaceLanguage))));
    m_paperSizeCombo->setCurrentIndex(
        std::max(0, m_paperSizeCombo->findData(Preferences::get(Preferences::defaultPaperSize))));
    m_keepBackupsSpin->setValue(Backups::keepCount());
}

QStringList SettingsDialog::state() const
{
    return {m_ui->foundationNameEdit->text(),
            QString::fromLatin1(QCryptographicHash::hash(m_logo, QCryptographicHash::Sha1).toHex()),
            m_ui->organiserEmailEdit->text(),
            m_ui->contactLineEdit->text(),
            QString::number(m_ui->retentionSpin->value()),
            m_languageCombo->currentData().toString(),
            m_paperSizeCombo->currentData().toString(),
            QString::number(m_keepBackupsSpin->value())};
}

QList<ValidationIssue> SettingsDialog::save()
{
    const OrganisationSettings before = OrganisationSettings::load(m_db);
    OrganisationSettings after;
    after.foundationName = m_ui->foundationNameEdit->text().trimmed();
    after.foundationLogo = m_logo;
    after.organiserEmail = m_ui->organiserEmailEdit->text().trimmed();
    after.contactLine = m_ui->contactLineEdit->text().trimmed();
    after.retentionMonths = m_ui->retentionSpin->value();
    if (const QList<ValidationIssue> issues = after.validate(); !issues.isEmpty()) {
        m_tabs->setCurrentIndex(OrganisationTab);
        return issues;
    }
    if (after != before) {
        QString error;
        if (!after.save(m_db, &error))
            return {{QString(), error}};
        if (m_undoStack)
            m_undoStack->push(new SettingsCommand(m_db, before, after, [this](const QString &m) {
                QMessageBox::warning(parentWidget(), tr("Undo"), m);
            }));
    }
    // The personal preferences only once the shared settings are saved, so
    // that a refused save changes nothing.
    Preferences::set(Preferences::interfaceLanguage, m_languageCombo->currentData().toString());
    Preferences::set(Preferences::defaultPaperSize, m_paperSizeCombo->currentData().toString());
    Backups::setKeepCount(m_keepBackupsSpin->value());
    return {};
}

} // namespace Podium
