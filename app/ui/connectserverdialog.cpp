#include "connectserverdialog.h"

#include "util/platform.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Podium {

namespace {

using TlsMode = ServerConnectionFields::TlsMode;

QString tlsLabel(TlsMode mode)
{
    switch (mode) {
    case TlsMode::Prefer:
        return ConnectServerDialog::tr("Encrypt if the server can");
    case TlsMode::Require:
        return ConnectServerDialog::tr("Always encrypt");
    case TlsMode::VerifyFull:
        return ConnectServerDialog::tr("Always encrypt and check the server's certificate");
    case TlsMode::Disable:
        return ConnectServerDialog::tr("Never encrypt");
    }
    return {};
}

QString tlsHint(TlsMode mode)
{
    switch (mode) {
    case TlsMode::Prefer:
        return ConnectServerDialog::tr(
            "Falls back to an unencrypted connection if the server offers none.");
    case TlsMode::Require:
        return ConnectServerDialog::tr(
            "Refuses unencrypted connections, but does not check who answers.");
    case TlsMode::VerifyFull:
        return ConnectServerDialog::tr(
            "The safest choice across the internet: the server must prove its name with a "
            "certificate your computer trusts.");
    case TlsMode::Disable:
        return ConnectServerDialog::tr(
            "Only for a server on this computer or a private network: everything, passwords "
            "included, travels readable.");
    }
    return {};
}

} // namespace

QList<ServerConnectionFields::TlsMode> ConnectServerDialog::tlsModesInOrder()
{
    return {TlsMode::Prefer, TlsMode::Require, TlsMode::VerifyFull, TlsMode::Disable};
}

ConnectServerDialog::ConnectServerDialog(QWidget *parent)
    : QDialog(parent)
    , m_connect(&ServerConnectionCheck::run)
{
    setWindowTitle(tr("Connect to Server"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Open a Podium database on a PostgreSQL server that your "
                                "colleagues share. Your administrator can tell you what to enter."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("db.example.org"));
    form->addRow(tr("&Server:"), m_host);

    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(ServerConnectionFields::defaultPort);
    m_port->setGroupSeparatorShown(false);
    form->addRow(tr("&Port:"), m_port);

    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(tr("podium"));
    form->addRow(tr("&Database:"), m_database);

    m_user = new QLineEdit(Platform::currentUserName(), this);
    m_user->setObjectName(QStringLiteral("user"));
    form->addRow(tr("&User name:"), m_user);

    m_tls = new QComboBox(this);
    m_tls->setObjectName(QStringLiteral("tlsMode"));
    for (TlsMode mode : tlsModesInOrder())
        m_tls->addItem(tlsLabel(mode), ServerConnectionFields::tlsModeName(mode));
    form->addRow(tr("&Encryption:"), m_tls);
    m_tlsHint = new QLabel(this);
    m_tlsHint->setWordWrap(true);
    m_tlsHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_tlsHint);

    m_passwordLabel = new QLabel(tr("Pass&word:"), this);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
    m_passwordLabel->hide();
    m_password->hide();
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_test = m_buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testConnection"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectServerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, [this] { testConnection(); });
    connect(m_tls, &QComboBox::currentIndexChanged, this, [this] {
        m_tlsHint->setText(tlsHint(fields().tlsMode));
        updateButtons();
        adjustSize();
    });
    for (QLineEdit *edit : {m_host, m_database, m_user})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_status->clear();
            updateButtons();
        });
    m_tlsHint->setText(tlsHint(fields().tlsMode));
    updateButtons();
    setMinimumWidth(520);
}

void ConnectServerDialog::setAddress(const QString &text)
{
    const auto address = ServerAddress::parse(text);
    if (!address)
        return;
    const ServerConnectionFields f = ServerConnectionFields::fromAddress(*address);
    m_host->setText(f.host);
    m_port->setValue(f.port);
    m_database->setText(f.database);
    if (!f.user.isEmpty())
        m_user->setText(f.user);
    m_tls->setCurrentIndex(int(tlsModesInOrder().indexOf(f.tlsMode)));
}

ServerConnectionFields ConnectServerDialog::fields() const
{
    ServerConnectionFields f;
    f.host = m_host->text().trimmed();
    f.port = m_port->value();
    f.database = m_database->text().trimmed();
    f.user = m_user->text().trimmed();
    f.tlsMode = ServerConnectionFields::tlsModeFromName(m_tls->currentData().toString())
                    .value_or(TlsMode::Prefer);
    return f;
}

QString ConnectServerDialog::address() const
{
    return fields().toUrl();
}

QString ConnectServerDialog::password() const
{
    return isAskingForPassword() ? m_password->text() : QString();
}

bool ConnectServerDialog::isAskingForPassword() const
{
    return !m_password->isHidden();
}

void ConnectServerDialog::updateButtons()
{
    const bool complete = !address().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
    m_test->setEnabled(complete);
}

void ConnectServerDialog::showOutcome(const ServerConnectionCheck &check)
{
    m_status->setText(check.message);
    if (check.wantsPassword()) {
        m_passwordLabel->show();
        m_password->show();
        m_password->selectAll();
        m_password->setFocus(Qt::OtherFocusReason);
    }
    // Room for the password row and the message.
    adjustSize();
}

bool ConnectServerDialog::testConnection()
{
    QString error;
    const QString url = fields().toUrl(&error);
    if (url.isEmpty()) {
        m_status->setText(error);
        return false;
    }
    m_status->setText(tr("Connecting…"));
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const ServerConnectionCheck check = m_connect(url, password());
    QGuiApplication::restoreOverrideCursor();
    showOutcome(check);
    return check.connected();
}

void ConnectServerDialog::accept()
{
    if (testConnection())
        QDialog::accept();
}

} // namespace Podium
