#include "settingsdialog.h"

#include "domain/validationissue.h"
#include "models/settingscommand.h"
#include "ui_settingsdialog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QMessageBox>
#include <QPixmap>
#include <QUndoStack>

namespace Podium {

SettingsDialog::SettingsDialog(Database &database, QUndoStack *undoStack, QWidget *parent)
    : RecordDialog(database, undoStack, parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
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
}

QStringList SettingsDialog::state() const
{
    return {m_ui->foundationNameEdit->text(),
            QString::fromLatin1(QCryptographicHash::hash(m_logo, QCryptographicHash::Sha1).toHex()),
            m_ui->organiserEmailEdit->text(), m_ui->contactLineEdit->text(),
            QString::number(m_ui->retentionSpin->value())};
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
    if (const QList<ValidationIssue> issues = after.validate(); !issues.isEmpty())
        return issues;
    if (after == before)
        return {};
    QString error;
    if (!after.save(m_db, &error))
        return {{QString(), error}};
    if (m_undoStack)
        m_undoStack->push(new SettingsCommand(m_db, before, after, [this](const QString &m) {
            QMessageBox::warning(parentWidget(), tr("Undo"), m);
        }));
    return {};
}

} // namespace Podium
