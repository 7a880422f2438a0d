// Ingestion: formats, metadata, boilerplate marking, bad input.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "extract/conllu.h"
#include "extract/read/dates.h"
#include "extract/read/html.h"
#include "extract/read/markdown.h"
#include "extract/read/reader.h"

namespace fs = std::filesystem;
using namespace kg::extract;

namespace {

std::vector<Document> read_string(const std::string& data, InputFormat f, ReadReport& report,
                                  const std::string& name = "mem") {
  std::vector<Document> docs;
  std::istringstream in(data);
  ReadOptions opt;
  REQUIRE(read_stream(in, name, f, opt, [&](Document&& d) { docs.push_back(std::move(d)); return kg::Status::ok(); },
                      report)
              .is_ok());
  return docs;
}

std::string kinds(const Document& d) {
  std::string out;
  for (const Block& b : d.blocks) {
    if (b.kind == BlockKind::kBlank) continue;
    out.append(block_kind_name(b.kind));
    if (!b.reason.empty()) {
      out += '(';
      out.append(b.reason);
      out += ')';
    }
    out += ';';
  }
  return out;
}

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("kg_reader_test_" + std::to_string(::getpid()));
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  void write(const std::string& name, const std::string& data) const {
    fs::create_directories((path / name).parent_path());
    std::ofstream(path / name, std::ios::binary) << data;
  }
};

}  // namespace

TEST_CASE("dates are normalised to ISO 8601") {
  CHECK(normalize_date("2024-05-25") == "2024-05-25");
  CHECK(normalize_date("2024-05-25T10:00:00Z") == "2024-05-25");
  CHECK(normalize_date("2024/05/25") == "2024-05-25");
  CHECK(normalize_date("25 May 2024") == "2024-05-25");
  CHECK(normalize_date("May 25, 2024") == "2024-05-25");
  CHECK(normalize_date("Saturday, 25 May 2024") == "2024-05-25");
  CHECK(normalize_date("Sat, 25 May 2024 10:00:00 +0000") == "2024-05-25");
  CHECK(normalize_date("25th May 2024") == "2024-05-25");
  CHECK(normalize_date("Sept. 3, 2024") == "2024-09-03");
  CHECK(normalize_date("29 February 2023").empty());  // not a leap year
  CHECK(normalize_date("2024-13-01").empty());
  CHECK(normalize_date("yesterday").empty());
  CHECK(normalize_date("").empty());
}

TEST_CASE("datelines give place and date") {
  Dateline d;
  REQUIRE(parse_dateline("Beijing, 25 May 2024 (TDI): On Friday, Wang met Sok.", d));
  CHECK(d.place == "Beijing");
  CHECK(d.date == "2024-05-25");
  CHECK(std::string_view("Beijing, 25 May 2024 (TDI): On Friday").substr(d.length) == "On Friday");
  REQUIRE(parse_dateline("WASHINGTON (Reuters) - The Senate voted.", d));
  CHECK(d.place == "Washington");
  CHECK(d.date.empty());
  REQUIRE(parse_dateline("Phnom Penh, May 24, 2024 \u2014 Talks began.", d));
  CHECK(d.place == "Phnom Penh");
  CHECK(d.date == "2024-05-24");
  CHECK_FALSE(parse_dateline("He said: we will come.", d));
  CHECK_FALSE(parse_dateline("Note: this is a test.", d));
  CHECK_FALSE(parse_dateline("The plan - as agreed - works.", d));
}

TEST_CASE("a scraped page: breadcrumb, repeated title, dateline, bio, share prompts") {
  const std::string page =
      "HomeNewsWorldLeaders meet in Hanoi\n\n"
      "Leaders meet in Hanoi\n\nLeaders meet in Hanoi\n\n\n"
      "Share this article\n\n"
      "Hanoi, 14 March 2025 (KGN): On Thursday, the two ministers met in Hanoi.\n\n"
      "They agreed to expand trade.\n\n"
      "Jane Roe\nJane Roe\n"
      "Jane Roe is a correspondent based in Hanoi. She holds a degree in journalism.\n\n"
      "Follow us\n\n\nMost Popular\nFloods close schools\nRice exports rise\n";
  ReadReport report;
  auto docs = read_string(page, InputFormat::kText, report);
  REQUIRE(docs.size() == 1);
  const Document& d = docs[0];
  CHECK(kinds(d) ==
        "boilerplate(breadcrumb);title;boilerplate(repeated line);boilerplate(page chrome);dateline(dateline);body;body;"
        "boilerplate(author bio);boilerplate(author bio);boilerplate(author bio);boilerplate(page chrome);"
        "boilerplate(page chrome);boilerplate(link list);boilerplate(link list);");
  CHECK(d.title == "Leaders meet in Hanoi");
  CHECK(d.place == "Hanoi");
  CHECK(d.published == "2025-03-14");
  CHECK(report.boilerplate_blocks == 10);
}

TEST_CASE("a dateline on a line of its own opens the body; a headline with a bracket stays a title; a lone headline is read") {
  ReadReport report;
  auto docs = read_string("BANGKOK, Thailand (AP)\n\nThe government raised taxes.\n", InputFormat::kText, report);
  REQUIRE(docs.size() == 1);
  CHECK(kinds(docs[0]) == "dateline(dateline);body;");
  CHECK(docs[0].place == "Bangkok");
  docs = read_string("Boeing Sacks Executive (Update)\n\nBoeing sacked its finance chief.\n", InputFormat::kText, report);
  REQUIRE(docs.size() == 1);
  CHECK(kinds(docs[0]) == "title;body;");
  CHECK(docs[0].place.empty());
  // Only a headline-like line: it is the title and, there being nothing else, the body.
  docs = read_string("Fighting flared between Sudan and Chad\n", InputFormat::kText, report);
  REQUIRE(docs.size() == 1);
  CHECK(kinds(docs[0]) == "body;");
  CHECK(docs[0].title == "Fighting flared between Sudan and Chad");
}

TEST_CASE("a wire story's sign-off after its last sentence is boilerplate; an initial's full stop is no sentence end") {
  ReadReport report;
  auto docs = read_string("Ministers met in Lima on Monday.\n\nThey agreed on a plan, the sources said. REUTER\n",
                          InputFormat::kText, report);
  REQUIRE(docs.size() == 1);
  CHECK(kinds(docs[0]) == "body;body;boilerplate(sign-off);");
  const Block& last = docs[0].blocks.back().kind == BlockKind::kBlank ? docs[0].blocks[docs[0].blocks.size() - 2]
                                                                     : docs[0].blocks.back();
  CHECK(docs[0].slice(last.begin, last.end) == "REUTER");
  CHECK(report.boilerplate_blocks == 1);
  for (const std::string text : {"The bill went to the U.S. Senate\n", "He said it twice.\n", "It ended. \"Fine\"\n",
                                 "Talks resumed. 2024\n"}) {
    ReadReport r;
    auto d = read_string(text, InputFormat::kText, r);
    REQUIRE(d.size() == 1);
    CHECK_MESSAGE(kinds(d[0]).find("sign-off") == std::string::npos, text);
  }
  // Kept as text when boilerplate is kept (treebank scoring).
  std::vector<Document> kept;
  std::istringstream in("They agreed, the sources said. Reuter\n");
  ReadOptions keep;
  keep.keep_boilerplate = true;
  ReadReport rk;
  REQUIRE(read_stream(in, "k", InputFormat::kText, keep, [&](Document&& d) { kept.push_back(std::move(d)); return kg::Status::ok(); }, rk).is_ok());
  REQUIRE(kept.size() == 1);
  CHECK(kinds(kept[0]).find("sign-off") == std::string::npos);
}

TEST_CASE("blocks tile the text without gaps or overlaps") {
  const std::string page = "Title\n\nOne. Two.\nThree\n\n\n  Four.  \n";
  ReadReport report;
  auto docs = read_string(page, InputFormat::kText, report);
  REQUIRE(docs.size() == 1);
  std::uint32_t at = 0;
  for (const Block& b : docs[0].blocks) {
    CHECK(b.begin == at);
    CHECK(b.end > b.begin);
    at = b.end;
  }
  CHECK(at == docs[0].text.size());
}

TEST_CASE("HTML: scripts, styles and page chrome dropped, entities decoded, metadata kept") {
  const std::string html =
      "<!DOCTYPE html><html lang=\"en-GB\"><head><title>T &amp; U | Site</title>"
      "<meta property=\"og:title\" content=\"T &amp; U\">"
      "<meta property=\"article:published_time\" content=\"2025-04-09T08:30:00+03:00\">"
      "<link rel=\"canonical\" href=\"https://example.org/a\"><script>var x = '<p>no</p>';</script>"
      "<style>p{}</style></head><body><nav>Home &gt; World</nav>"
      "<article><h1>T &amp; U</h1><p>Caf&eacute; &ldquo;owners&rdquo; met&nbsp;today.<br>Second&#32;line &#x263A;</p>"
      "<p>Fish &amp; chips &lt;3</p></article><footer>Follow us</footer></body></html>";
  HtmlInfo info;
  const std::string text = html_to_text(html, info);
  CHECK(text == "T & U\n\nCaf\u00E9 \u201Cowners\u201D met today.\nSecond line \u263A\n\nFish & chips <3\n");
  CHECK(info.title == "T & U");
  CHECK(info.url == "https://example.org/a");
  CHECK(info.published == "2025-04-09T08:30:00+03:00");
  CHECK(info.language == "en-GB");
  CHECK(info.dropped_elements == 2);
}

TEST_CASE("HTML with no body text is rejected with a clear message") {
  ReadReport report;
  auto docs = read_string("<html><head><title>x</title></head><body><script>a()</script></body></html>",
                          InputFormat::kHtml, report, "empty.html");
  CHECK(docs.empty());
  REQUIRE(report.problems.size() == 1);
  CHECK(report.problems[0].file == "empty.html");
  CHECK(report.problems[0].message.find("no article text") != std::string::npos);
  CHECK(report.rejected == 1);
}

TEST_CASE("Markdown syntax is removed, words kept") {
  CHECK(markdown_to_text("# Title #\n\n*Hanoi* \u2014 **Bold** and _it_ [link](http://x) ![img](y.png) `code`\n> quoted\n") ==
        "Title\n\nHanoi \u2014 Bold and it link img code\nquoted\n");
  CHECK(markdown_to_text("snake_case_name and 2*3*4\n---\n") == "snake_case_name and 2*3*4\n\n");
}

TEST_CASE("JSON Lines: fields, defaults, malformed lines named by number, the rest still read") {
  const std::string jsonl =
      "{\"id\": \"a1\", \"title\": \"T1\", \"text\": \"One.\", \"date\": \"May 25, 2024\", \"url\": \"u1\"}\n"
      "{\"id\": 7, \"content\": \"Two.\"}\n"
      "{not json}\n"
      "\n"
      "{\"title\": \"no text\"}\n"
      "[1, 2]\n"
      "{\"body\": \"   \"}\n"
      "{\"body\": \"Three.\", \"published\": \"2024-05-26T10:00:00Z\"}\n";
  ReadReport report;
  auto docs = read_string(jsonl, InputFormat::kJsonLines, report, "in.jsonl");
  REQUIRE(docs.size() == 3);
  CHECK(docs[0].id == "a1");
  CHECK(docs[0].title == "T1");
  CHECK(docs[0].published == "2024-05-25");
  CHECK(docs[0].url == "u1");
  CHECK(docs[0].source == "in.jsonl:1");
  CHECK(docs[0].path.empty());  // named by its id
  CHECK(docs[1].id == "7");
  // No id field: the id comes from the text; the path (for display) names the line.
  CHECK(docs[2].id == content_id(docs[2].text));
  CHECK(docs[2].id.size() == 16);
  CHECK(docs[2].path == "in.jsonl:8");
  CHECK(docs[2].published == "2024-05-26");
  REQUIRE(report.problems.size() == 4);
  CHECK(report.problems[0].line == 3);
  CHECK(report.problems[0].message.find("malformed JSON") != std::string::npos);
  CHECK(report.problems[1].line == 5);
  CHECK(report.problems[2].line == 6);
  CHECK(report.problems[3].line == 7);
  CHECK(report.rejected == 4);
}

TEST_CASE("JSON: one object or an array; deep nesting is an error, not a crash") {
  ReadReport report;
  auto docs = read_string("[{\"text\": \"A.\"}, {\"text\": \"B.\"}, 5]", InputFormat::kJson, report, "arr.json");
  CHECK(docs.size() == 2);
  CHECK(docs[1].id == content_id("B."));
  CHECK(docs[1].path == "arr.json#2");
  CHECK(report.rejected == 1);
  ReadReport r2;
  std::string deep(100000, '[');
  auto none = read_string(deep, InputFormat::kJson, r2, "deep.json");
  CHECK(none.empty());
  CHECK(r2.rejected == 1);
  ReadReport r3;
  read_string("{\n\"text\": \"x\",\n\"bad\": }\n", InputFormat::kJson, r3, "bad.json");
  REQUIRE(r3.problems.size() == 1);
  CHECK(r3.problems[0].line == 3);
}

TEST_CASE("bad bytes: invalid UTF-8 repaired and counted, NUL removed, binary rejected, empty rejected") {
  ReadReport report;
  auto docs = read_string(std::string("Caf\xE9 ok.\0 Fine.", 15), InputFormat::kText, report);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].text == "Caf\uFFFD ok. Fine.");
  CHECK(report.repaired_utf8 == 1);
  CHECK(report.control_chars == 1);

  ReadReport r2;
  std::string binary;
  for (int i = 0; i < 2000; ++i) binary += static_cast<char>(i % 7);
  CHECK(read_string(binary, InputFormat::kText, r2, "x.bin").empty());
  REQUIRE(r2.problems.size() == 1);
  CHECK(r2.problems[0].message.find("binary") != std::string::npos);

  ReadReport r3;
  CHECK(read_string(" \n\t\n", InputFormat::kText, r3, "blank.txt").empty());
  CHECK(read_string("", InputFormat::kText, r3, "empty.txt").empty());
  CHECK(r3.rejected == 2);
  CHECK(r3.problems[0].message == "empty file");
}

TEST_CASE("directories are read recursively in sorted order; unknown files are reported") {
  TempDir dir;
  dir.write("b.txt", "Second.");
  dir.write("a/z.md", "# First\n\nText.");
  dir.write("c.html", "<p>Third.</p>");
  dir.write("d.bin", "xx");
  dir.write("e.jsonl", "{\"text\": \"Fourth.\"}\n");
  std::vector<std::string> ids;
  ReadReport report;
  ReadOptions opt;
  REQUIRE(read_inputs({dir.path.string(), (dir.path / "missing.txt").string()}, opt,
                      [&](Document&& d) {
                        ids.push_back(d.path);
                        CHECK(d.id == content_id(d.text));  // no id given: from the text
                        return kg::Status::ok();
                      },
                      report)
              .is_ok());
  // Paths relative to the directory given: never absolute, the same on any machine.
  CHECK(ids == std::vector<std::string>{"a/z.md", "b.txt", "c.html", "e.jsonl:1"});
  CHECK(report.skipped_files == 1);
  CHECK(report.rejected == 1);  // the missing file
  REQUIRE(report.problems.size() == 2);
  CHECK(report.problems[1].message == "no such file or directory");
}

TEST_CASE("a 50 MB line without a newline is read whole") {
  std::string big;
  big.reserve(50u << 20);
  while (big.size() < (50u << 20)) big += "word ";
  ReadReport report;
  auto docs = read_string(big, InputFormat::kText, report);
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].text.size() == big.size());
}

TEST_CASE("CoNLL-U: a multiword range without its word lines is named by line, its sentence skipped, the rest read") {
  const std::string text =
      "1\tGood\tgood\tADJ\tJJ\t_\t0\troot\t_\t_\n\n"
      "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
      "1\tFine\tfine\tADJ\tJJ\t_\t0\troot\t_\t_\n\n";
  std::istringstream in(text);
  std::vector<Document> docs;
  ReadReport report;
  REQUIRE(read_conllu(in, "t.conllu", ConlluReadOptions{}, [&](Document&& d) {
            docs.push_back(std::move(d));
            return kg::Status::ok();
          }, report).is_ok());
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].sentences.size() == 2);
  CHECK(docs[0].tokens.size() == 2);
  CHECK(report.rejected == 1);
  REQUIRE(report.problems.size() == 1);
  CHECK(report.problems[0].line == 3);
  CHECK(report.problems[0].message.find("multiword token range") != std::string::npos);
}
