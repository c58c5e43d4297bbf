#pragma once

#include "recorddialog.h"
#include "storage/organisationsettings.h"

#include <memory>

class QComboBox;
class QSpinBox;
class QTabWidget;

namespace Ui {
class SettingsDialog;
}

namespace Podium {

/**
 * Settings in two tabs. "Organisation": the organisation's settings, shared
 * by everyone using the database (the foundation's name and logo, the
 * organiser's email for calendars, the contact line of printed programmes
 * and the retention period), with undo. "Personal": the user's own
 * preferences kept in QSettings (interface language, default paper size).
 */
class SettingsDialog : public RecordDialog
{
    Q_OBJECT

public:
    SettingsDialog(Database &database, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    enum Tab { OrganisationTab, PersonalTab };

    QTabWidget *tabs() const { return m_tabs; }

    /** Uses the image file @p path as the logo (what "Choose…" does). */
    bool setLogoFile(const QString &path, QString *error);

protected:
    void load() override;
    QStringList state() const override;
    QList<ValidationIssue> save() override;

private:
    void showLogo();

    void buildPersonalTab();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QByteArray m_logo;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QComboBox *m_paperSizeCombo = nullptr;
    QSpinBox *m_keepBackupsSpin = nullptr;
};

} // namespace Podium
