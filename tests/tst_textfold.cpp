// Folded text: the keys that search and sorting use, since SQLite on Debian
// has no ICU to fold accents itself.
#include "util/textfold.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <QRandomGenerator>

#include <algorithm>

using namespace Podium;

class TestTextFold : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void foldIsStable_data() { fold_data(); }
    void foldIsStable();
    void foldEqualsWholeTextDecomposition();
    void germanOrder_data();
    void germanOrder();
    void germanOrderInSql();
    void escapeLike_data();
    void escapeLike();
    void escapedPatternInSql_data();
    void escapedPatternInSql();
};

void TestTextFold::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");

    QTest::newRow("Spanish name") << QStringLiteral("Laura Valdés Cano")
                                  << QStringLiteral("laura valdes cano");
    QTest::newRow("sharp s") << QStringLiteral("Grüße") << QStringLiteral("grusse");
    QTest::newRow("capital sharp s") << QStringLiteral("GROẞE") << QStringLiteral("grosse");
    QTest::newRow("Polish city") << QStringLiteral("Łódź") << QStringLiteral("lodz");
    QTest::newRow("Danish and Norwegian letters")
        << QStringLiteral("ÆØÅ") << QStringLiteral("aeoa");
    QTest::newRow("French ligature") << QStringLiteral("Œuvre") << QStringLiteral("oeuvre");
    QTest::newRow("typographic ligature") << QStringLiteral("ﬁnance") << QStringLiteral("finance");
    QTest::newRow("Icelandic thorn and eth")
        << QStringLiteral("Þórður") << QStringLiteral("thordur");
    QTest::newRow("Croatian d with stroke")
        << QStringLiteral("Đurđević") << QStringLiteral("durdevic");
    QTest::newRow("Turkish dotted capital I")
        << QStringLiteral("İstanbul") << QStringLiteral("istanbul");
    QTest::newRow("Turkish dotless i") << QStringLiteral("Kırşehir") << QStringLiteral("kirsehir");
    QTest::newRow("Vietnamese stacked accents")
        << QStringLiteral("Nguyễn") << QStringLiteral("nguyen");
    QTest::newRow("decomposed input") << QStringLiteral("Valde\u0301s") << QStringLiteral("valdes");
    QTest::newRow("Greek keeps its letters") << QStringLiteral("Αθήνα") << QStringLiteral("αθηνα");
    QTest::newRow("Cyrillic keeps its letters")
        << QStringLiteral("Москва") << QStringLiteral("москва");
    QTest::newRow("emoji kept") << QStringLiteral("Dialog 🎉") << QStringLiteral("dialog 🎉");
    QTest::newRow("emoji variation selector dropped")
        << QStringLiteral("Café \u2615\uFE0F") << QStringLiteral("cafe \u2615");
    QTest::newRow("runs of white space")
        << QStringLiteral("  Anna \t\n  Müller  ") << QStringLiteral("anna muller");
    QTest::newRow("no-break space")
        << QStringLiteral("Anna\u00A0Müller") << QStringLiteral("anna muller");
    QTest::newRow("ideographic space")
        << QStringLiteral("Anna\u3000Müller") << QStringLiteral("anna muller");
    QTest::newRow("only white space") << QStringLiteral(" \t\n ") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("already folded")
        << QStringLiteral("laura valdes cano") << QStringLiteral("laura valdes cano");
    QTest::newRow("punctuation kept")
        << QStringLiteral("O’Brien-Smith, Dr.") << QStringLiteral("o’brien-smith, dr.");
}

void TestTextFold::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(foldText(text), folded);
}

void TestTextFold::foldIsStable()
{
    // A key folded again must not change, or a search for a stored key
    // would miss it.
    QFETCH(QString, text);
    const QString once = foldText(text);
    QCOMPARE(foldText(once), once);
}

namespace {

// The definition foldText() implements, written the plain way: decompose the
// whole text, drop the marks, replace the letters that have no
// decomposition, collapse white space, fold the case.
QString referenceFold(const QString &text)
{
    static const QHash<QChar, QString> specials{
        {u'ß', QStringLiteral("ss")}, {u'ẞ', QStringLiteral("ss")}, {u'æ', QStringLiteral("ae")},
        {u'Æ', QStringLiteral("ae")}, {u'œ', QStringLiteral("oe")}, {u'Œ', QStringLiteral("oe")},
        {u'ø', QStringLiteral("o")},  {u'Ø', QStringLiteral("o")},  {u'ł', QStringLiteral("l")},
        {u'Ł', QStringLiteral("l")},  {u'đ', QStringLiteral("d")},  {u'Đ', QStringLiteral("d")},
        {u'ð', QStringLiteral("d")},  {u'Ð', QStringLiteral("d")},  {u'þ', QStringLiteral("th")},
        {u'Þ', QStringLiteral("th")}, {u'ı', QStringLiteral("i")},  {u'ħ', QStringLiteral("h")},
        {u'Ħ', QStringLiteral("h")},
    };
    QString out;
    bool pendingSpace = false;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(QLatin1Char(' '));
        pendingSpace = false;
        out.append(specials.value(c, QString(c)));
    }
    return out.toCaseFolded();
}

} // namespace

void TestTextFold::foldEqualsWholeTextDecomposition()
{
    // foldText() decomposes only the runs of non-ASCII characters. Every
    // code point, alone and between ASCII letters and spaces, must fold as
    // the whole text's decomposition does, or stored keys would stop
    // matching what is typed.
    int compared = 0;
    for (char32_t u = 1; u <= 0x10FFFF; ++u) {
        if (u >= 0xD800 && u <= 0xDFFF)
            continue;
        // Beyond the BMP, unassigned and private-use code points decompose
        // to themselves; one plane of them is enough.
        const auto category = QChar::category(u);
        if (u > 0xFFFF &&
            (category == QChar::Other_NotAssigned || category == QChar::Other_PrivateUse))
            continue;
        const QString c = QString::fromUcs4(&u, 1);
        for (const QString &text : {c, QStringLiteral("Ab") + c + QStringLiteral("Cd"),
                                    QStringLiteral(" E") + c + c + QStringLiteral("\u0301 f "),
                                    c + QStringLiteral(" \t")}) {
            if (foldText(text) != referenceFold(text))
                QFAIL(qPrintable(QStringLiteral("U+%1 in \"%2\": \"%3\", expected \"%4\"")
                                     .arg(uint(u), 4, 16, QLatin1Char('0'))
                                     .arg(text, foldText(text), referenceFold(text))));
            ++compared;
        }
    }
    // Random texts mixing ASCII, Latin letters, combining marks in any
    // order, other scripts, spaces and characters beyond the BMP.
    const char32_t pool[] = {u'a',    u'Z',    u' ',    u'\t',   u'-',   u'é',   u'Ö',
                             u'ß',    u'Ł',    0x0301,  0x0327,  0x0308, 0x0323, 0x00A0,
                             0x3000,  0xFB01,  0x1E9E,  0x0130,  0x03A3, 0x0416, 0xAC00,
                             0x1D165, 0x1D15E, 0x10400, 0x1F389, 0xFE0F};
    QRandomGenerator random(20231919);
    for (int i = 0; i < 20000; ++i) {
        QString text;
        const int length = random.bounded(1, 12);
        for (int j = 0; j < length; ++j) {
            const char32_t u = pool[random.bounded(int(std::size(pool)))];
            text += QString::fromUcs4(&u, 1);
        }
        QCOMPARE(foldText(text), referenceFold(text));
        ++compared;
    }
    QVERIFY(compared > 4 * 150000);
}

void TestTextFold::germanOrder_data()
{
    QTest::addColumn<QStringList>("input");
    QTest::addColumn<QStringList>("sorted");

    // DIN 5007-1, the order of dictionaries and sign-in sheets: umlauts sort
    // with their base letter, ß as ss.
    QTest::newRow("umlauts with their base letter")
        << QStringList{QStringLiteral("Zürich"), QStringLiteral("Arm"),   QStringLiteral("Ärger"),
                       QStringLiteral("Öl"),     QStringLiteral("Apfel"), QStringLiteral("Ofen"),
                       QStringLiteral("Ozean"),  QStringLiteral("Übel"),  QStringLiteral("Ulm")}
        << QStringList{QStringLiteral("Apfel"), QStringLiteral("Ärger"), QStringLiteral("Arm"),
                       QStringLiteral("Ofen"),  QStringLiteral("Öl"),    QStringLiteral("Ozean"),
                       QStringLiteral("Übel"),  QStringLiteral("Ulm"),   QStringLiteral("Zürich")};
    QTest::newRow("sharp s as ss")
        << QStringList{QStringLiteral("Strauß"), QStringLiteral("Strauch"),
                       QStringLiteral("Straub")}
        << QStringList{QStringLiteral("Straub"), QStringLiteral("Strauch"),
                       QStringLiteral("Strauß")};
    QTest::newRow("case does not matter")
        << QStringList{QStringLiteral("becker"), QStringLiteral("Bauer"), QStringLiteral("ADAM")}
        << QStringList{QStringLiteral("ADAM"), QStringLiteral("Bauer"), QStringLiteral("becker")};
    QTest::newRow("sign-in sheet")
        << QStringList{QStringLiteral("Özdemir Cem"), QStringLiteral("Valdés Cano Laura"),
                       QStringLiteral("Oberg Anna"), QStringLiteral("Łukasik Jan"),
                       QStringLiteral("Lang Eva")}
        << QStringList{QStringLiteral("Lang Eva"), QStringLiteral("Łukasik Jan"),
                       QStringLiteral("Oberg Anna"), QStringLiteral("Özdemir Cem"),
                       QStringLiteral("Valdés Cano Laura")};
}

void TestTextFold::germanOrder()
{
    QFETCH(QStringList, input);
    QFETCH(QStringList, sorted);
    std::stable_sort(input.begin(), input.end(),
                     [](const QString &a, const QString &b) { return foldText(a) < foldText(b); });
    QCOMPARE(input, sorted);
    QVERIFY(foldText(QStringLiteral("Ärger")).startsWith(QLatin1Char('a')));
}

void TestTextFold::germanOrderInSql()
{
    // Lists sort by the stored key with SQLite's plain binary order; the key
    // alone has to produce the German order there.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fold"));
    db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("CREATE TABLE t (name TEXT, name_key TEXT)")),
                 qPrintable(q.lastError().text()));
        const QStringList names{QStringLiteral("Zander"), QStringLiteral("Ärger"),
                                QStringLiteral("Abend"), QStringLiteral("Arzt"),
                                QStringLiteral("Öde")};
        for (const QString &name : names) {
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?)")));
            q.addBindValue(name);
            q.addBindValue(foldText(name));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM t ORDER BY name_key")));
        QStringList order;
        while (q.next())
            order << q.value(0).toString();
        QCOMPARE(order, (QStringList{QStringLiteral("Abend"), QStringLiteral("Ärger"),
                                     QStringLiteral("Arzt"), QStringLiteral("Öde"),
                                     QStringLiteral("Zander")}));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("fold"));
}

void TestTextFold::escapeLike_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");

    QTest::newRow("plain") << QStringLiteral("Valdés") << QStringLiteral("Valdés");
    QTest::newRow("percent") << QStringLiteral("50%") << QStringLiteral("50\\%");
    QTest::newRow("underscore") << QStringLiteral("a_b") << QStringLiteral("a\\_b");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
    QTest::newRow("all three") << QStringLiteral("%_\\") << QStringLiteral("\\%\\_\\\\");
}

void TestTextFold::escapeLike()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(Podium::escapeLike(text), escaped);
}

void TestTextFold::escapedPatternInSql_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("matches");

    QTest::newRow("percent is literal")
        << QStringLiteral("50%") << QStringLiteral("save 50% now") << true;
    QTest::newRow("percent is no wildcard")
        << QStringLiteral("50%") << QStringLiteral("save 500 now") << false;
    QTest::newRow("underscore is no wildcard")
        << QStringLiteral("a_b") << QStringLiteral("axb") << false;
    QTest::newRow("underscore is literal")
        << QStringLiteral("a_b") << QStringLiteral("xa_by") << true;
    QTest::newRow("folded search finds accented name")
        << QStringLiteral("VALDES") << QStringLiteral("Laura Valdés Cano") << true;
}

void TestTextFold::escapedPatternInSql()
{
    QFETCH(QString, search);
    QFETCH(QString, stored);
    QFETCH(bool, matches);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("like"));
    db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("SELECT ? LIKE ? ESCAPE '\\'")));
        q.addBindValue(foldText(stored));
        q.addBindValue(QLatin1Char('%') + Podium::escapeLike(foldText(search)) + QLatin1Char('%'));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toBool(), matches);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("like"));
}

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
