// CSV as spreadsheets write it and as they read it: the reader's encodings,
// delimiters, quoting and line numbers, and the writer's quoting and its
// defence against formula injection.
#include "io/csvreader.h"
#include "io/csvwriter.h"

#include <QStringDecoder>
#include <QTest>

using namespace Podium;

Q_DECLARE_METATYPE(CsvReader::Encoding)

namespace {

QList<QStringList> fieldsOf(const CsvReader::Result &result)
{
    QList<QStringList> out;
    for (const CsvReader::Record &r : result.records)
        out << r.fields;
    return out;
}

QList<int> linesOf(const CsvReader::Result &result)
{
    QList<int> out;
    for (const CsvReader::Record &r : result.records)
        out << r.line;
    return out;
}

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void decode_data();
    void decode();
    void windows1252MatchesTheStandard();
    void detectDelimiter_data();
    void detectDelimiter();
    void parse_data();
    void parse();
    void unterminatedQuoteIsAnError();
    void field_data();
    void field();
    void writerWritesRfc4180();
    void byteOrderMarkIsOptional();
    void restoredUndoesNeutralising_data();
    void restoredUndoesNeutralising();
    void roundTrip();
};

void TestCsv::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<CsvReader::Encoding>("encoding");

    QTest::newRow("plain ASCII") << QByteArray("Name;E-Mail") << QStringLiteral("Name;E-Mail")
                                 << CsvReader::Encoding::Utf8;
    QTest::newRow("UTF-8 umlauts")
        << QByteArray("J\xc3\xbcrgen") << u("Jürgen") << CsvReader::Encoding::Utf8;
    QTest::newRow("UTF-8 with BOM, mark dropped")
        << QByteArray("\xef\xbb\xbfVorname") << QStringLiteral("Vorname")
        << CsvReader::Encoding::Utf8WithBom;
    QTest::newRow("Windows-1252 umlauts")
        << QByteArray("J\xfcrgen Wei\xdf") << u("Jürgen Weiß") << CsvReader::Encoding::Windows1252;
    QTest::newRow("Windows-1252 euro and curly quotes")
        << QByteArray("\x80 \x84Gast\x93 \x96") << u("€ „Gast“ –")
        << CsvReader::Encoding::Windows1252;
    QTest::newRow("UTF-16LE with BOM") << QByteArray("\xff\xfeN\0a\0m\0e\0\t\0\xfc\0", 14)
                                       << u("Name\tü") << CsvReader::Encoding::Utf16;
    QTest::newRow("UTF-16BE with BOM")
        << QByteArray("\xfe\xff\0A\0\xe4", 6) << u("Aä") << CsvReader::Encoding::Utf16;
}

void TestCsv::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(CsvReader::Encoding, encoding);
    CsvReader::Encoding found = CsvReader::Encoding::Utf8;
    QCOMPARE(CsvReader::decode(bytes, &found), text);
    QCOMPARE(found, encoding);
}

void TestCsv::windows1252MatchesTheStandard()
{
    // Points fixed by the WHATWG Encoding Standard's index-windows-1252.
    const QByteArray bytes("\x80\x81\x8a\x8c\x8e\x9a\x9c\x9e\x9f\xa0\xe4\xff");
    const char16_t expected[] = {0x20AC, 0x0081, 0x0160, 0x0152, 0x017D, 0x0161,
                                 0x0153, 0x017E, 0x0178, 0x00A0, 0x00E4, 0x00FF};
    QCOMPARE(CsvReader::fromWindows1252(bytes),
             QString(reinterpret_cast<const QChar *>(expected), std::size(expected)));
    // Where Qt can decode Windows-1252 itself (through ICU), every byte agrees.
    QStringDecoder icu("windows-1252");
    if (icu.isValid()) {
        QByteArray all;
        for (int b = 0x20; b <= 0xFF; ++b)
            all.append(char(b));
        QCOMPARE(CsvReader::fromWindows1252(all), QString(icu(all)));
    }
}

void TestCsv::detectDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("delimiter");
    QTest::newRow("comma") << QStringLiteral("a,b,c\n1;2;3;4;5") << QChar(u',');
    QTest::newRow("semicolon") << QStringLiteral("a;b;c\n1,2,3,4") << QChar(u';');
    QTest::newRow("tab") << QStringLiteral("a\tb, c\tc") << QChar(u'\t');
    QTest::newRow("commas inside quotes do not count")
        << QStringLiteral("\"Name, full\";\"E-Mail, work\";Status") << QChar(u';');
    QTest::newRow("a tie goes to the semicolon")
        << QStringLiteral("Name, Vorname;E-Mail") << QChar(u';');
    QTest::newRow("one column") << QStringLiteral("Name\nAnna") << QChar(u',');
    QTest::newRow("Excel's sep= line") << QStringLiteral("sep=;\na,b,c") << QChar(u';');
}

void TestCsv::detectDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QChar, delimiter);
    QCOMPARE(CsvReader::detectDelimiter(text), delimiter);
}

void TestCsv::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("LF") << QStringLiteral("a,b\n1,2\n")
                        << QList<QStringList>{{u("a"), u("b")}, {u("1"), u("2")}}
                        << QList<int>{1, 2};
    QTest::newRow("CRLF") << QStringLiteral("a,b\r\n1,2\r\n")
                          << QList<QStringList>{{u("a"), u("b")}, {u("1"), u("2")}}
                          << QList<int>{1, 2};
    QTest::newRow("lone CR") << QStringLiteral("a,b\r1,2")
                             << QList<QStringList>{{u("a"), u("b")}, {u("1"), u("2")}}
                             << QList<int>{1, 2};
    QTest::newRow("no final line break")
        << QStringLiteral("a\n1") << QList<QStringList>{{u("a")}, {u("1")}} << QList<int>{1, 2};
    QTest::newRow("blank trailing lines ignored")
        << QStringLiteral("a,b\r\n1,2\r\n\r\n\r\n  \r\n")
        << QList<QStringList>{{u("a"), u("b")}, {u("1"), u("2")}} << QList<int>{1, 2};
    QTest::newRow("blank line in between skipped, numbers kept")
        << QStringLiteral("a\n\n1\n") << QList<QStringList>{{u("a")}, {u("1")}} << QList<int>{1, 3};
    QTest::newRow("empty fields") << QStringLiteral("a,,c,\n")
                                  << QList<QStringList>{{u("a"), u(""), u("c"), u("")}}
                                  << QList<int>{1};
    QTest::newRow("quoted delimiter")
        << QStringLiteral("\"Berlin, Mitte\",x\n")
        << QList<QStringList>{{u("Berlin, Mitte"), u("x")}} << QList<int>{1};
    QTest::newRow("doubled quotes")
        << QStringLiteral("\"She said \"\"hi\"\"\",\"\"\"\"\n")
        << QList<QStringList>{{u("She said \"hi\""), u("\"")}} << QList<int>{1};
    QTest::newRow("quoted line breaks move the line count")
        << QStringLiteral("h1,h2\r\n\"one\r\ntwo\",x\r\n\"a\nb\nc\",y\r\nlast,z\r\n")
        << QList<QStringList>{{u("h1"), u("h2")},
                              {u("one\ntwo"), u("x")},
                              {u("a\nb\nc"), u("y")},
                              {u("last"), u("z")}}
        << QList<int>{1, 2, 4, 7};
    QTest::newRow("quoted empty field is a record")
        << QStringLiteral("a\n\"\"\n") << QList<QStringList>{{u("a")}, {u("")}} << QList<int>{1, 2};
    QTest::newRow("text after a closing quote is kept")
        << QStringLiteral("\"abc\"def,x\n") << QList<QStringList>{{u("abcdef"), u("x")}}
        << QList<int>{1};
    QTest::newRow("stray quote inside an unquoted field")
        << QStringLiteral("Hans \"Hansi\" Meier,x\n")
        << QList<QStringList>{{u("Hans \"Hansi\" Meier"), u("x")}} << QList<int>{1};
    QTest::newRow("spaces are part of a field")
        << QStringLiteral(" a , b \n") << QList<QStringList>{{u(" a "), u(" b ")}} << QList<int>{1};
    QTest::newRow("sep= line skipped")
        << QStringLiteral("sep=,\na,b\n") << QList<QStringList>{{u("a"), u("b")}} << QList<int>{2};
}

void TestCsv::parse()
{
    QFETCH(QString, text);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<int>, lines);
    const CsvReader::Result result = CsvReader::parse(text, CsvReader::detectDelimiter(text));
    QCOMPARE(result.error, QString());
    QCOMPARE(fieldsOf(result), records);
    QCOMPARE(linesOf(result), lines);
}

void TestCsv::unterminatedQuoteIsAnError()
{
    const CsvReader::Result result =
        CsvReader::read("Name,Notes\nAnna,fine\nBen,\"never closed\nCara,x\n");
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(result.errorLine, 3);
    QVERIFY2(result.error.contains(QLatin1StringView("line 3")), qPrintable(result.error));
    QVERIFY(result.records.isEmpty());
}

void TestCsv::field_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");

    QTest::newRow("plain") << u("Jürgen") << u("Jürgen");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("delimiter") << u("Berlin, Mitte") << u("\"Berlin, Mitte\"");
    QTest::newRow("quote") << u("a \"b\"") << u("\"a \"\"b\"\"\"");
    QTest::newRow("line break") << u("one\ntwo") << u("\"one\ntwo\"");
    QTest::newRow("carriage return inside") << u("one\rtwo") << u("\"one\rtwo\"");
    QTest::newRow("semicolon needs no quotes with commas") << u("a;b") << u("a;b");
    QTest::newRow("formula =") << u("=HYPERLINK(\"http://x\")")
                               << u("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("DDE with +") << u("+cmd|' /C calc'!A0") << u("\"'+cmd|' /C calc'!A0\"");
    QTest::newRow("phone number stays readable") << u("+49 228 959250") << u("\"'+49 228 959250\"");
    QTest::newRow("minus") << u("-2+3") << u("\"'-2+3\"");
    QTest::newRow("at") << u("@SUM(A1)") << u("\"'@SUM(A1)\"");
    QTest::newRow("tab") << u("\t=1") << u("\"'\t=1\"");
    QTest::newRow("carriage return") << u("\r=1") << u("\"'\r=1\"");
    QTest::newRow("formula character later is harmless") << u("a=b") << u("a=b");
}

void TestCsv::field()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::field(cell, QLatin1Char(','), true), written);
}

void TestCsv::writerWritesRfc4180()
{
    CsvWriter::Options options;
    options.delimiter = QLatin1Char(';');
    CsvWriter writer(options);
    writer.addRow({u("Vorname"), u("Telefon"), u("Anmerkungen")});
    writer.addRow({u("Jürgen"), u("+49 228 959250"), u("a;b\nc")});
    QCOMPARE(writer.data(), QByteArray("Vorname;Telefon;Anmerkungen\r\n"
                                       "J\xc3\xbcrgen;\"'+49 228 959250\";\"a;b\nc\"\r\n"));

    // Without neutralising, a cell is written as it is (only quoted as needed).
    options.neutraliseFormulas = false;
    CsvWriter raw(options);
    raw.addRow({u("=1+1"), u("x")});
    QCOMPARE(raw.data(), QByteArray("=1+1;x\r\n"));
}

void TestCsv::byteOrderMarkIsOptional()
{
    CsvWriter::Options options;
    CsvWriter plain(options);
    plain.addRow({u("ä")});
    QCOMPARE(plain.data(), QByteArray("\xc3\xa4\r\n"));
    options.byteOrderMark = true;
    CsvWriter marked(options);
    marked.addRow({u("ä")});
    QCOMPARE(marked.data(), QByteArray("\xef\xbb\xbf\xc3\xa4\r\n"));
    const CsvReader::Result back = CsvReader::read(marked.data());
    QCOMPARE(back.encoding, CsvReader::Encoding::Utf8WithBom);
    QCOMPARE(fieldsOf(back), QList<QStringList>{{u("ä")}});
}

void TestCsv::restoredUndoesNeutralising_data()
{
    QTest::addColumn<QString>("cell");
    QTest::newRow("phone") << u("+49 228 959250");
    QTest::newRow("formula") << u("=1+1");
    QTest::newRow("at") << u("@x");
    QTest::newRow("ordinary apostrophe kept") << u("'s-Hertogenbosch");
    QTest::newRow("plain") << u("Anna");
}

void TestCsv::restoredUndoesNeutralising()
{
    QFETCH(QString, cell);
    QString written = CsvWriter::field(cell, QLatin1Char(','), true);
    const CsvReader::Result read = CsvReader::parse(written + u("\n"), QLatin1Char(','));
    QCOMPARE(read.records.size(), 1);
    QCOMPARE(CsvWriter::restored(read.records.first().fields.first()), cell);
}

void TestCsv::roundTrip()
{
    const QList<QStringList> rows{
        {u("Name"), u("Notes"), u("Phone")},
        {u("Laura Valdés Cano"), u("Kommt später; ab 19 Uhr"), u("+49 228 959250")},
        {u("O'Neill, \"Ben\""), u("line one\nline two"), u("")},
        {u(""), u("€ „Gast“"), u("0228 959250")},
    };
    for (const QChar delimiter : {QChar(u','), QChar(u';'), QChar(u'\t')}) {
        CsvWriter::Options options;
        options.delimiter = delimiter;
        options.byteOrderMark = true;
        options.neutraliseFormulas = false;
        CsvWriter writer(options);
        for (const QStringList &row : rows)
            writer.addRow(row);
        const CsvReader::Result back = CsvReader::read(writer.data());
        QCOMPARE(back.error, QString());
        QCOMPARE(back.delimiter, delimiter);
        QCOMPARE(fieldsOf(back), rows);
        QCOMPARE(linesOf(back), (QList<int>{1, 2, 3, 5}));
    }
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
