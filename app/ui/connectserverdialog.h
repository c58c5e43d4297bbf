#pragma once

#include "server/connectioncheck.h"
#include "server/databaselocation.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Podium {

/**
 * File ▸ Connect to Server…: asks for the server, port, database, user and
 * how the connection is protected, and tries the connection.
 *
 * The first try is made without a password, so that libpq can use
 * ~/.pgpass; only if the server then asks for one does a password field
 * appear. The password stays in this dialog's memory (password()) and is
 * never written anywhere: not into the address, not into the settings.
 */
class ConnectServerDialog : public QDialog
{
    Q_OBJECT

public:
    /** Tries an address with a password (empty: none typed). */
    using Connector =
        std::function<ServerConnectionCheck(const QString &address, const QString &password)>;

    explicit ConnectServerDialog(QWidget *parent = nullptr);

    /** Fills the fields from @p address (a server address, as in the recent list). */
    void setAddress(const QString &address);
    /** The fields as they stand. */
    ServerConnectionFields fields() const;
    /** The address the fields make, without password; empty while a field is missing. */
    QString address() const;
    /** The password typed, if the server asked for one; empty otherwise. */
    QString password() const;
    /** True while the password field is shown (the server asked for a password). */
    bool isAskingForPassword() const;

    /** The connection test (ServerConnectionCheck::run() unless replaced, as tests do). */
    void setConnector(Connector connector) { m_connect = std::move(connector); }

    /** Tries the connection now and shows the outcome; true if connected. */
    bool testConnection();

    /** The labels of the protection choices, in the order the combo box lists them. */
    static QList<ServerConnectionFields::TlsMode> tlsModesInOrder();

    void accept() override;

private:
    void showOutcome(const ServerConnectionCheck &check);
    void updateButtons();

    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_tls = nullptr;
    QLabel *m_tlsHint = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_test = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    Connector m_connect;
};

} // namespace Podium
