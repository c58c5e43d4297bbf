#pragma once

#include "recorddialog.h"
#include "storage/organisationsettings.h"

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace Podium {

/**
 * The organisation's settings, shared by everyone using the database: the
 * foundation's name and logo, the organiser's email for calendars, the
 * contact line of printed programmes and the retention period.
 */
class SettingsDialog : public RecordDialog
{
    Q_OBJECT

public:
    SettingsDialog(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    /** Uses the image file @p path as the logo (what "Choose…" does). */
    bool setLogoFile(const QString &path, QString *error);

protected:
    void load() override;
    QStringList state() const override;
    QList<ValidationIssue> save() override;

private:
    void showLogo();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QByteArray m_logo;
};

} // namespace Podium
