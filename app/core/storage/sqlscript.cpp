#include "sqlscript.h"

namespace Podium {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

// What the end of a trigger looks like so far, as SQLite's own
// sqlite3_complete() tracks it: inside CREATE TRIGGER, only the token
// sequence "; END ;" finishes the statement. Counting BEGIN and END instead
// would be fooled by CASE … END in the trigger's body.
enum class TriggerTail {
    Body,         // anything else
    Semicolon,    // the last token was ";"
    SemicolonEnd, // the last tokens were "; END"
};

} // namespace

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    QStringList leadingWords; // the first three words of the statement, upper case
    bool inTrigger = false;
    TriggerTail tail = TriggerTail::Body;

    auto finishStatement = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
        current.clear();
        leadingWords.clear();
        inTrigger = false;
        tail = TriggerTail::Body;
    };

    const qsizetype n = script.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < n ? script.at(i + 1) : QChar();

        // Comments are dropped, but still separate the tokens around them.
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            const qsizetype end = script.indexOf(QLatin1Char('\n'), i);
            i = end < 0 ? n : end + 1;
            current.append(QLatin1Char('\n'));
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype end = script.indexOf(QLatin1StringView("*/"), i + 2);
            i = end < 0 ? n : end + 2;
            current.append(QLatin1Char(' '));
            continue;
        }

        // Strings and quoted identifiers are copied whole; a doubled quote
        // stands for the quote itself. [brackets] have no escape.
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`') ||
            c == QLatin1Char('[')) {
            const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            qsizetype j = i + 1;
            while (j < n) {
                if (script.at(j) == close) {
                    if (close != QLatin1Char(']') && j + 1 < n && script.at(j + 1) == close) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const qsizetype end = j < n ? j + 1 : n;
            current.append(QStringView(script).mid(i, end - i));
            i = end;
            if (inTrigger)
                tail = TriggerTail::Body;
            continue;
        }

        // PostgreSQL's dollar quoting ($$ … $$ or $tag$ … $tag$), which
        // holds the bodies of its trigger functions, semicolons and all. In
        // SQLite a $ starts a parameter name, which never ends in $.
        if (c == QLatin1Char('$')) {
            qsizetype j = i + 1;
            while (j < n && (script.at(j).isLetterOrNumber() || script.at(j) == QLatin1Char('_')))
                ++j;
            const bool tagged = j < n && script.at(j) == QLatin1Char('$') &&
                                (j == i + 1 || !script.at(i + 1).isDigit());
            if (tagged) {
                const QStringView tag = QStringView(script).mid(i, j + 1 - i);
                const qsizetype close = script.indexOf(tag, j + 1);
                const qsizetype end = close < 0 ? n : close + tag.size();
                current.append(QStringView(script).mid(i, end - i));
                i = end;
                continue;
            }
        }

        if (isWordChar(c)) {
            qsizetype j = i;
            while (j < n && isWordChar(script.at(j)))
                ++j;
            const QStringView word = QStringView(script).mid(i, j - i);
            current.append(word);
            i = j;
            if (leadingWords.size() < 3) {
                leadingWords.append(word.toString().toUpper());
                const bool create = leadingWords.constFirst() == QLatin1StringView("CREATE");
                const QString &last = leadingWords.constLast();
                if (create && last == QLatin1StringView("TRIGGER") &&
                    (leadingWords.size() == 2 || leadingWords.at(1) == QLatin1StringView("TEMP") ||
                     leadingWords.at(1) == QLatin1StringView("TEMPORARY")))
                    inTrigger = true;
            }
            if (inTrigger) {
                tail = tail == TriggerTail::Semicolon &&
                               word.compare(QLatin1StringView("END"), Qt::CaseInsensitive) == 0
                           ? TriggerTail::SemicolonEnd
                           : TriggerTail::Body;
            }
            continue;
        }

        if (c == QLatin1Char(';')) {
            ++i;
            if (!inTrigger || tail == TriggerTail::SemicolonEnd) {
                finishStatement();
                continue;
            }
            current.append(c);
            tail = TriggerTail::Semicolon;
            continue;
        }

        current.append(c);
        if (inTrigger && !c.isSpace())
            tail = TriggerTail::Body;
        ++i;
    }
    finishStatement();
    return statements;
}

} // namespace Podium
