#pragma once

#include <QDate>
#include <QString>

namespace Podium {

class Database;

/**
 * The demo content: the Berlin Summer Dialogue of 19 September 2023 as the
 * foundation published it, with an invented venue, programme and guests,
 * and three invented events placed around today.
 */
namespace DemoData {

/**
 * Fills an empty database with the demo content, all in one transaction:
 * on failure nothing is written and @p error says why. The content depends
 * only on @p today, so two databases filled on the same day match. A
 * database that already holds organisations, people or events is refused.
 */
bool populate(Database &db, const QDate &today, QString *error);

} // namespace DemoData
} // namespace Podium
