// German order in sorted lists: in memory with QCollator (displayCollator),
// and in the database with the folded keys, which must give the order of
// German dictionaries (DIN 5007-1: ä = a, ö = o, ü = u, ß = ss).
#include "domain/personrepository.h"
#include "storage/database.h"
#include "util/collation.h"
#include "util/textfold.h"

#include "testdatabase.h"

#include <QCollator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Podium;
using namespace Qt::StringLiterals;

namespace {

const QLocale german(QLocale::German, QLocale::Germany);

QStringList sortedFor(QStringList names, const QLocale &locale)
{
    sortForDisplay(names, locale);
    return names;
}

} // namespace

class TestCollation : public QObject
{
    Q_OBJECT

private slots:
    void germanDisplayOrder_data();
    void germanDisplayOrder();
    void displayOrderIsIndependentOfInput();
    void sortByDisplayNameKeepsItems();
    void followsTheInterfaceLanguage();
    void foldedKeysGiveDin5007Order_data();
    void foldedKeysGiveDin5007Order();
    void foldedOrderAgreesWithGermanCollator();
    void databaseSortsPeopleByDin5007();
};

void TestCollation::germanDisplayOrder_data()
{
    QTest::addColumn<QStringList>("input");
    QTest::addColumn<QStringList>("sorted");

    QTest::newRow("umlaut with its base letter")
        << QStringList{u"Aussicht"_s, u"Ärzte"_s, u"Arzt"_s}
        << QStringList{u"Arzt"_s, u"Ärzte"_s, u"Aussicht"_s};
    // Accents count only between names otherwise equal, the plain one first.
    QTest::newRow("diaeresis after the plain letter")
        << QStringList{u"Zoë"_s, u"Zoe"_s, u"Zelt"_s} << QStringList{u"Zelt"_s, u"Zoe"_s, u"Zoë"_s};
    QTest::newRow("Müller, Mueller, Muller")
        << QStringList{u"Müller"_s, u"Muller"_s, u"Mueller"_s, u"Mullerova"_s}
        << QStringList{u"Mueller"_s, u"Muller"_s, u"Müller"_s, u"Mullerova"_s};
    QTest::newRow("sharp s as ss")
        << QStringList{u"Straße"_s, u"Strasse"_s, u"Strase"_s, u"Strauch"_s}
        << QStringList{u"Strase"_s, u"Strasse"_s, u"Straße"_s, u"Strauch"_s};
    QTest::newRow("Özdemir, Ozdemir, Oz")
        << QStringList{u"Özdemir"_s, u"Ozdemir"_s, u"Oz"_s, u"Öl"_s, u"Ost"_s}
        << QStringList{u"Öl"_s, u"Ost"_s, u"Oz"_s, u"Ozdemir"_s, u"Özdemir"_s};
    QTest::newRow("rooms numbered as numbers")
        << QStringList{u"Raum 10"_s, u"Raum 9"_s, u"Foyer"_s}
        << QStringList{u"Foyer"_s, u"Raum 9"_s, u"Raum 10"_s};
    QTest::newRow("organisations")
        << QStringList{u"Ärztekammer Berlin"_s, u"Zentrum für Dialog"_s, u"Amt für Statistik"_s,
                       u"Übersee-Museum"_s, u"Universität Ulm"_s}
        << QStringList{u"Amt für Statistik"_s, u"Ärztekammer Berlin"_s, u"Übersee-Museum"_s,
                       u"Universität Ulm"_s, u"Zentrum für Dialog"_s};
}

void TestCollation::germanDisplayOrder()
{
    QFETCH(QStringList, input);
    QFETCH(QStringList, sorted);
    QCOMPARE(sortedFor(input, german), sorted);
}

void TestCollation::displayOrderIsIndependentOfInput()
{
    // Names equal for the collator still come out in one order.
    const QStringList names{u"müller"_s, u"Müller"_s, u"Muller"_s, u"MÜLLER"_s};
    QStringList reversed = names;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(sortedFor(names, german), sortedFor(reversed, german));
}

void TestCollation::sortByDisplayNameKeepsItems()
{
    struct Venue
    {
        qint64 id;
        QString name;
    };
    QList<Venue> venues{{1, u"Zollhaus"_s}, {2, u"Ärztehaus"_s}, {3, u"Aula"_s}};
    sortByDisplayName(
        venues, [](const Venue &v) { return v.name; }, german);
    QCOMPARE(venues.at(0).id, 2); // Ärztehaus: ä as a, before Aula
    QCOMPARE(venues.at(1).id, 3);
    QCOMPARE(venues.at(2).id, 1);
}

void TestCollation::followsTheInterfaceLanguage()
{
    // Without a locale, the default one (the interface's) decides.
    const QLocale before;
    QLocale::setDefault(german);
    QCOMPARE(displayCollator().locale().language(), QLocale::German);
    QStringList names{u"Aussicht"_s, u"Ärzte"_s, u"Arzt"_s};
    sortForDisplay(names);
    QCOMPARE(names, (QStringList{u"Arzt"_s, u"Ärzte"_s, u"Aussicht"_s}));
    QLocale::setDefault(before);
}

void TestCollation::foldedKeysGiveDin5007Order_data()
{
    QTest::addColumn<QStringList>("input");
    QTest::addColumn<QStringList>("sorted");

    // DIN 5007-1: Müller and Muller are the same word; Mueller is spelt
    // with an e and comes first (e before l).
    QTest::newRow("Müller") << QStringList{u"Müller"_s, u"Mullerova"_s, u"Mueller"_s}
                            << QStringList{u"Mueller"_s, u"Müller"_s, u"Mullerova"_s};
    QTest::newRow("Straße") << QStringList{u"Strauch"_s, u"Straße"_s, u"Strase"_s}
                            << QStringList{u"Strase"_s, u"Straße"_s, u"Strauch"_s};
    QTest::newRow("Özdemir") << QStringList{u"Özdemir"_s, u"Ozean"_s, u"Oz"_s, u"Ötztal"_s}
                             << QStringList{u"Ötztal"_s, u"Oz"_s, u"Özdemir"_s, u"Ozean"_s};
    QTest::newRow("Ärzte") << QStringList{u"Aussicht"_s, u"Ärzte"_s, u"Arzt"_s}
                           << QStringList{u"Arzt"_s, u"Ärzte"_s, u"Aussicht"_s};
    QTest::newRow("family then given name")
        << QStringList{u"Müller Zoe"_s, u"Mueller Anna"_s, u"Müller-Lüdenscheidt Hans"_s,
                       u"Müller Anna"_s}
        << QStringList{u"Mueller Anna"_s, u"Müller Anna"_s, u"Müller Zoe"_s,
                       u"Müller-Lüdenscheidt Hans"_s};
}

void TestCollation::foldedKeysGiveDin5007Order()
{
    QFETCH(QStringList, input);
    QFETCH(QStringList, sorted);
    // SQLite compares the keys as plain strings, code point by code point.
    std::stable_sort(input.begin(), input.end(), [](const QString &a, const QString &b) {
        return foldText(a).toUtf8() < foldText(b).toUtf8();
    });
    QCOMPARE(input, sorted);
}

void TestCollation::foldedOrderAgreesWithGermanCollator()
{
    // The folded keys order names as ICU's German collator does, except
    // that names differing only by accents or case get the same key
    // (ä = a, ß = ss), as DIN 5007-1 has it.
    const QStringList names{u"Müller"_s, u"Mueller"_s,  u"Muller"_s,  u"Straße"_s, u"Strasse"_s,
                            u"Strase"_s, u"Özdemir"_s,  u"Ozdemir"_s, u"Oz"_s,     u"Arzt"_s,
                            u"Ärzte"_s,  u"Aussicht"_s, u"Zoë"_s,     u"Zoe"_s,    u"Übel"_s,
                            u"Ulm"_s,    u"Öl"_s,       u"Ofen"_s,    u"Weiß"_s,   u"Weiss"_s,
                            u"Weis"_s,   u"Götz"_s,     u"Goetz"_s,   u"Gotz"_s};
    QCollator collator(german);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setIgnorePunctuation(false);
    for (const QString &a : names) {
        for (const QString &b : names) {
            const QByteArray ka = foldText(a).toUtf8();
            const QByteArray kb = foldText(b).toUtf8();
            if (ka == kb)
                continue; // the same word for DIN 5007-1; ICU tells only accents apart
            const int icu = collator.compare(a, b);
            QVERIFY2(icu != 0 && (ka < kb) == (icu < 0), qPrintable(a + u" / "_s + b));
        }
    }
    QCOMPARE(foldText(u"Müller"_s), foldText(u"Muller"_s));
    QCOMPARE(foldText(u"Straße"_s), foldText(u"Strasse"_s));
    QCOMPARE(foldText(u"Özdemir"_s), foldText(u"Ozdemir"_s));
}

void TestCollation::databaseSortsPeopleByDin5007()
{
    // The directory as a sign-in sheet sorts it: family name, then given
    // name, by the folded sort_key; the same key is broken by the id, so
    // Müller and Muller stay in the order they were entered.
    // On a server too: the key's order must not follow the server's collation.
    Testing::TestDatabases databases;
    auto opened = databases.create(u"order.podium"_s);
    QVERIFY2(opened.database, qPrintable(opened.message));
    PersonRepository people(*opened.database);
    const QList<QPair<QString, QString>> entered{
        {u"Anna"_s, u"Müller"_s},  {u"Cem"_s, u"Özdemir"_s},   {u"Eva"_s, u"Strasse"_s},
        {u"Anna"_s, u"Muller"_s},  {u"Jan"_s, u"Oz"_s},        {u"Ida"_s, u"Straße"_s},
        {u"Anna"_s, u"Mueller"_s}, {u"Ali"_s, u"Ozdemir"_s},   {u"Olaf"_s, u"Ärztlich"_s},
        {u"Zoë"_s, u"Arzt"_s},     {u"Lena"_s, u"Aussicht"_s},
    };
    for (const auto &[given, family] : entered) {
        Person p;
        p.givenName = given;
        p.familyName = family;
        QString error;
        QVERIFY2(people.insert(p, &error), qPrintable(error));
    }
    QStringList order;
    for (const Person &p : people.all())
        order << p.familyName + u", "_s + p.givenName;
    QCOMPARE(order, (QStringList{
                        u"Arzt, Zoë"_s,
                        u"Ärztlich, Olaf"_s,
                        u"Aussicht, Lena"_s,
                        u"Mueller, Anna"_s,
                        u"Müller, Anna"_s, // entered before Muller, Anna: same key
                        u"Muller, Anna"_s,
                        u"Oz, Jan"_s,
                        u"Ozdemir, Ali"_s, // same family name folded: by given name
                        u"Özdemir, Cem"_s,
                        u"Strasse, Eva"_s,
                        u"Straße, Ida"_s,
                    }));
}

PODIUM_BACKEND_TEST_MAIN(TestCollation, QStringList{})
#include "tst_collation.moc"
