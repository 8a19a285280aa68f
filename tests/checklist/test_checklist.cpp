// Checklists: the loader's rules, the seeds' counts in the built-ins,
// choosing stages, appending customer types, and what each format promises.
#include <cxkit/checklist/checklist.hpp>
#include <cxkit/base/error.hpp>
#include <cxkit/base/builtins.hpp>
#include <cxkit/checklist/load.hpp>
#include <cxkit/checklist/report.hpp>
#include <cxkit/base/text.hpp>
#include <doctest/doctest.h>

#include "support.hpp"

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

using namespace cxkit;
using testing::error_of;

namespace {

std::string load_error(const std::string& text) {
  return error_of([&] { checklist::parse_checklist(text, "c.yaml"); });
}

const std::string kTop = "kind: checklist\nversion: 1\nid: c\ntitle: C\n";

std::vector<std::string> ids_of(const checklist::Sheet& sheet) {
  std::vector<std::string> ids;
  for (const auto& s : sheet.stages) ids.push_back(s.stage.id);
  return ids;
}

std::vector<std::string> stage_ids(const checklist::Checklist& c) {
  std::vector<std::string> ids;
  for (const auto& s : c.stages) ids.push_back(s.id);
  return ids;
}

const checklist::ChecklistStage& stage(const checklist::Checklist& c, std::string_view id) {
  const auto found = std::find_if(c.stages.begin(), c.stages.end(), [&](const auto& s) { return s.id == id; });
  REQUIRE(found != c.stages.end());
  return *found;
}

bool mentions(const checklist::Checklist& c, std::string_view words) {
  for (const auto& r : c.rules)
    if (r.text.find(words) != std::string::npos) return true;
  for (const auto& s : c.stages)
    for (const auto& i : s.items)
      if (i.text.find(words) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_SUITE_BEGIN("checklist/checklist");

TEST_CASE("a checklist file: defaults and every field") {
  const auto c =
      checklist::parse_checklist(kTop + "stages:\n  - id: s\n    title: S\n    items:\n      - {id: i, text: T}\n", "c.yaml");
  CHECK(c.language == "en");
  CHECK(c.mode == checklist::Checklist::Mode::DoConfirm);
  CHECK(c.rules.empty());
  REQUIRE(c.stages.size() == 1);
  CHECK_FALSE(c.stages[0].write_in);
  CHECK_FALSE(c.stages[0].items[0].critical);

  const auto full = checklist::parse_checklist(
      kTop + "language: pt\nmode: read-do\nrevision: 2026-11\nsource: S\nnote: N\n"
             "rules: [{id: r, text: R, note: RN}]\n"
             "stages:\n  - {id: s, title: S, note: SN, write_in: true,\n"
             "     items: [{id: i, text: T, critical: true, note: IN}]}\n"
             "  - {id: t, title: T, items: [{id: i, text: T}]}\n",
      "c.yaml");
  CHECK(full.language == "pt");
  CHECK(full.mode == checklist::Checklist::Mode::ReadDo);
  CHECK(full.revision == "2026-11");
  CHECK(full.rules[0].note == "RN");
  CHECK(full.stages[0].write_in);
  CHECK(full.stages[0].items[0].critical);
  CHECK(full.stages[0].items[0].note == "IN");
  CHECK(full.stages[1].items[0].id == "i");  // item ids are per stage
}

TEST_CASE("checklist loader rules: located errors that say what was expected") {
  CHECK(load_error("kind: questionnaire\nversion: 1\n") ==
        "c.yaml:1:7: error: kind is 'questionnaire': expected kind: checklist");
  CHECK(load_error(kTop + "stage: []\n") ==
        "c.yaml:1:1: error: the checklist has no 'stages': expected a value for it\n"
        "c.yaml:5:1: error: unknown key 'stage' in the checklist (did you mean 'stages'?); expected one of: kind, "
        "version, id, title, language, mode, revision, source, source_note, lost, note, rules, stages");
  CHECK(load_error(kTop) == "c.yaml:1:1: error: the checklist has no 'stages': expected a value for it");
  CHECK(load_error(kTop + "stages: []\n") == "c.yaml:5:9: error: 'stages' has 0 entries: expected at least 1");
  CHECK(load_error(kTop + "stages:\n  - {id: s, title: S, items: []}\n") ==
        "c.yaml:6:30: error: 'items' has 0 entries: expected at least 1");
  CHECK(load_error(kTop + "mode: do-confrim\nstages: []\n") ==
        "c.yaml:5:7: error: 'mode' is 'do-confrim' (did you mean 'do-confirm'?): expected one of: do-confirm, "
        "read-do, reference\n"
        "c.yaml:6:9: error: 'stages' has 0 entries: expected at least 1");
  CHECK(load_error(kTop + "stages:\n  - {id: s, title: S, items: [{id: i, text: T}]}\n"
                          "  - {id: s, title: S2, items: [{id: i, text: T}]}\n") ==
        "c.yaml:7:5: error: duplicate stage id 's' (first used on line 6): expected each id once");
  CHECK(load_error(kTop + "stages:\n  - {id: s, title: S, items: [{id: i, text: T}, {id: i, text: U}]}\n") ==
        "c.yaml:6:49: error: duplicate item (in stage 's') id 'i' (first used on line 6): expected each id once");
  CHECK(load_error(kTop + "rules: [{id: r, text: R}, {id: r, text: R2}]\nstages: []\n") ==
        "c.yaml:5:27: error: duplicate rule id 'r' (first used on line 5): expected each id once\n"
        "c.yaml:6:9: error: 'stages' has 0 entries: expected at least 1");
  CHECK(load_error(kTop + "stages:\n  - {id: s, title: ' ', items: [{id: i, text: T}]}\n") ==
        "c.yaml:6:20: error: a stage's 'title' is empty: expected some text");
  CHECK(load_error(kTop + "stages:\n  - {id: s, title: S, items: [{id: i, text: T, critical: yes}]}\n") ==
        "c.yaml:6:58: error: 'critical' is 'yes': expected true or false");
  CHECK(load_error(kTop + "stages:\n  - {id: s, title: S, write_in: yes, items: [{id: i, text: T}]}\n") ==
        "c.yaml:6:33: error: 'write_in' is 'yes': expected true, false or the lines to write on, 0 to 20");
  CHECK(load_error(kTop + "stages:\n  - {id: 'a b', title: S, items: [{id: i, text: T}]}\n") ==
        "c.yaml:6:10: error: 'id' is 'a b': expected an id of 1 to 64 letters, digits, '-', '_' or '.'");
  CHECK(load_error(kTop + "stages:\n  - {id: s, title: S, items: [{id: i, txt: T}]}\n") ==
        "c.yaml:6:39: error: unknown key 'txt' in an item (did you mean 'text'?); expected one of: id, text, "
        "critical, ground, note, source_note");
}

TEST_CASE("every model error of a checklist file is reported, each stage and item on its own") {
  CHECK(load_error(kTop + "mode: read_do\nrevison: 3\n"
                          "rules: [{id: r, text: ' '}, {id: s, text: Smile}]\n"
                          "stages:\n"
                          "  - {id: greet, title: Greeting, items: [{id: hello, text: Say hello, critical: maybe},\n"
                          "                                       {id: name, text: ''}]}\n"
                          "  - {id: greet, title: Closing, items: [{id: bye, text: Say goodbye}]}\n"
                          "  - {id: wrap, title: ' ', write_in: sometimes, items: []}\n") ==
        "c.yaml:5:7: error: 'mode' is 'read_do' (did you mean 'read-do'?): expected one of: do-confirm, read-do, "
        "reference\n"
        "c.yaml:6:1: error: unknown key 'revison' in the checklist (did you mean 'revision'?); expected one of: "
        "kind, version, id, title, language, mode, revision, source, source_note, lost, note, rules, stages\n"
        "c.yaml:7:23: error: a rule's 'text' is empty: expected some text\n"
        "c.yaml:9:81: error: 'critical' is 'maybe': expected true or false\n"
        "c.yaml:10:57: error: an item's 'text' is empty: expected some text\n"
        "c.yaml:11:5: error: duplicate stage id 'greet' (first used on line 9): expected each id once\n"
        "c.yaml:12:23: error: a stage's 'title' is empty: expected some text\n"
        "c.yaml:12:38: error: 'write_in' is 'sometimes': expected true, false or the lines to write on, 0 to 20\n"
        "c.yaml:12:56: error: 'items' has 0 entries: expected at least 1");
}

TEST_CASE("built-ins by id; an unknown id suggests one and lists them") {
  CHECK(checklist::load_checklist("phone-call").id == "phone-call");
  CHECK(error_of([] { checklist::load_checklist("phone-cal"); }) ==
        "error: there is no built-in checklist 'phone-cal' (did you mean 'phone-call'?); built-ins: "
        "communication-barriers, communication-skills, customer-communication, customer-requirements, "
        "customer-types, de-escalation, dissatisfaction-reasons, educating-staff, etiquette, phone-call, "
        "problem-solving, service-figures, service-ideology, vision-and-mission; or give the path of a checklist "
        "file");
  const auto example = checklist::load_checklist(std::string(CXKIT_SOURCE_DIR) + "/examples/checklists/returns-desk.yaml");
  CHECK(example.id == "returns-desk");
  for (const auto& b : base::builtins("checklist")) CHECK(checklist::parse_checklist(b.text, b.source).id == b.id);
  CHECK(checklist::builtin_checklists().size() == 14);
}

TEST_CASE("the seeds' counts and figures are in the built-ins exactly") {
  const auto call = checklist::load_checklist("phone-call");  // seed 001
  const auto call_stages = stage_ids(call);
  REQUIRE(call_stages.size() >= 5);
  CHECK(std::vector<std::string>(call_stages.begin(), call_stages.begin() + 4) ==
        std::vector<std::string>{"greeting", "clarify", "confirm", "close"});
  CHECK(call_stages[4] == "escalation");
  CHECK(stage(call, "safety").items.size() >= 1);
  CHECK(mentions(call, "no later than the third ring"));
  CHECK(mentions(call, "10–15 minutes"));
  CHECK(mentions(call, "four stages"));
  CHECK(mentions(call, "no later than 3 days after the call"));
  CHECK(mentions(call, "call security or the police"));
  CHECK(mentions(call, "tell the customer"));

  const auto calm = checklist::load_checklist("de-escalation");  // seed 003
  CHECK(stage_ids(calm)[0] == "ten-steps");
  CHECK(stage_ids(calm)[1] == "key-points");
  CHECK(stage(calm, "ten-steps").items.size() == 10);
  CHECK(stage(calm, "key-points").items.size() == 11);

  const auto solve = checklist::load_checklist("problem-solving");  // seed 004 §D
  CHECK(stage_ids(solve) == std::vector<std::string>{"understand", "identify-cause", "discuss-solutions", "resolve"});

  const auto skills = checklist::load_checklist("communication-skills");  // seed 004 §D
  CHECK(stage_ids(skills) ==
        std::vector<std::string>{"greet", "value", "ask-how-to-help", "listen", "help", "invite-back"});
  for (const auto& s : skills.stages) CHECK(s.write_in);
  CHECK(mentions(skills, "7 %"));
  CHECK(mentions(skills, "38 %"));
  CHECK(mentions(skills, "55 %"));

  const auto types = checklist::load_checklist("customer-types");
  CHECK(stage_ids(types) == std::vector<std::string>{"angry", "arguer", "talker", "habitual-complainer", "rude",
                                                     "demanding",  // seed 000
                                                     "easy-going", "stubborn", "domineering", "vain",
                                                     "irritable"});  // seed 002
  for (const auto& s : types.stages) CHECK(s.items.size() >= 2);

  const auto manners = checklist::load_checklist("etiquette");  // seed 001
  CHECK(mentions(manners, "chew gum"));
}

TEST_CASE("--stage keeps the checklist's order and numbers") {
  const auto call = checklist::load_checklist("phone-call");
  const auto sheet = checklist::make_sheet(call, {{"close", "greeting", "close"}, {}}, {});
  CHECK(ids_of(sheet) == std::vector<std::string>{"greeting", "close"});
  CHECK(sheet.stages[0].number == 1);
  CHECK(sheet.stages[1].number == 4);
  CHECK(checklist::stage_heading(sheet.stages[1]) == "4. Closing the conversation");
  CHECK(sheet.rules.size() == call.rules.size());
  CHECK(checklist::make_sheet(call).stages.size() == call.stages.size());
  CHECK(error_of([&] { checklist::make_sheet(call, {{"greting"}, {}}, {}); }) ==
        "error: [stage]: the checklist 'phone-call' has no stage 'greting' (did you mean 'greeting'?); its stages "
        "are: greeting, clarify, confirm, close, escalation, talkative-customer, safety, closed-window");
}

TEST_CASE("--customer appends the handling tips of those customer types") {
  const auto call = checklist::load_checklist("phone-call");
  const auto types = checklist::load_checklist("customer-types");
  const auto sheet = checklist::make_sheet(call, {{"greeting"}, {"vain", "angry", "vain"}}, types);
  CHECK(ids_of(sheet) == std::vector<std::string>{"greeting", "vain", "angry"});
  CHECK(sheet.stages[1].customer_type);
  CHECK(sheet.stages[1].number == 0);
  CHECK(sheet.stages[1].stage.items.size() == stage(types, "vain").items.size());
  CHECK(checklist::stage_heading(sheet.stages[2]) == "Customer type: Angry customer");
  CHECK(error_of([&] { checklist::make_sheet(call, {{}, {"angri"}}, types); }) ==
        "error: [customer]: there is no customer type 'angri' (did you mean 'angry'?); the customer types are: "
        "angry, arguer, talker, habitual-complainer, rude, demanding, easy-going, stubborn, domineering, vain, "
        "irritable");

  // On customer-types itself a type already printed is not repeated.
  const auto own_types = checklist::make_sheet(types, {{"talker"}, {"talker", "rude"}}, types);
  CHECK(ids_of(own_types) == std::vector<std::string>{"talker", "rude"});
  CHECK(checklist::stage_heading(own_types.stages[1]) == "5. Rude or offensive customer");
  CHECK(own_types.source == types.source);
  CHECK(sheet.source == call.source + "; customer types: " + types.source);
  CHECK(checklist::make_sheet(types, {{}, {"rude"}}, types).stages.size() == types.stages.size());

  // Another checklist's stage of the same id keeps its id; the tips are renamed.
  auto own = call;
  own.stages[0].id = "angry";
  CHECK(ids_of(checklist::make_sheet(own, {{"angry"}, {"angry"}}, types)) ==
        std::vector<std::string>{"angry", "customer-angry"});
}

TEST_CASE("--list: every built-in with its stages, and the customer types") {
  const auto cat = checklist::catalogue(checklist::builtin_checklists());
  REQUIRE(cat.checklists.size() == 14);
  CHECK(cat.checklists[9].id == "phone-call");
  CHECK(cat.checklists[9].stages.front() == "greeting");
  CHECK(cat.checklists[11].id == "service-figures");
  CHECK(cat.checklists[11].mode == checklist::Checklist::Mode::Reference);
  CHECK(cat.customer_types.size() == 11);
  const std::string list = checklist::checklist_list(cat, 80);
  CHECK(list.find("  phone-call               Handling a customer phone call\n") != std::string::npos);
  CHECK(list.find("  irritable                Irritable customer\n") != std::string::npos);
}

TEST_CASE("text: boxes, marks explained once, wrapped to the width, no escape reaches the terminal") {
  for (const auto& c : checklist::builtin_checklists())
    for (std::size_t width : {40, 80, 132}) {
      const std::string out = checklist::checklist_text(checklist::make_sheet(c), {width, "a4", ""});
      std::size_t start = 0;
      for (std::size_t end; (end = out.find('\n', start)) != std::string::npos; start = end + 1)
        CHECK(base::display_width(out.substr(start, end - start)) <= width);
    }
  checklist::Sheet sheet;
  sheet.id = "x";
  sheet.title = "Title \x1b[2J\x1b]0;pwned\x07";
  sheet.stages.push_back({1, false, {"s", "客戶服務中的群體分類及服務要點客戶服務中的群體分類", "", "", false, 1,
                                     {{"i", "Não há razão para ficar irritado", true, "", ""}, {"j", "plain", false, "", ""}}}});
  const std::string out = checklist::checklist_text(sheet, {30, "a4", ""});
  CHECK(out.find('\x1b') == std::string::npos);
  CHECK(out.find('\x07') == std::string::npos);
  CHECK(out.find("! marks a critical item: never\nskip it.\n") != std::string::npos);
  CHECK(out.find("\n1. 客戶服務中的群體分類及服務\n   要點客戶服務中的群體分類\n") != std::string::npos);
  CHECK(out.find(" ! [ ] Não há razão para ficar\n       irritado\n       _______________________\n") !=
        std::string::npos);
  CHECK(out.find("   [ ] plain\n") != std::string::npos);
}

TEST_CASE("html: self-contained, escaped, printable") {
  checklist::Sheet sheet;
  sheet.id = "x";
  sheet.language = "en\"><script>";
  sheet.title = "<script>alert('t')</script> & co";
  sheet.revision = "r<1>";
  sheet.rules.push_back({"r", "Rule <b>", "note & more"});
  sheet.stages.push_back(
      {2, false, {"s\"", "Stage <i>", "stage note", "", false, 1, {{"i", "Item \"1\"", true, "", "n<"}, {"j", "J", false, "", ""}}}});
  const std::string a4 = checklist::checklist_html(sheet, {80, "a4", "2026-01-15"});
  CHECK(a4.find("<script") == std::string::npos);
  CHECK(a4.find("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &amp; co") != std::string::npos);
  CHECK(a4.find("<html lang=\"en&quot;&gt;&lt;script&gt;\">") != std::string::npos);
  CHECK(a4.find("id=\"stage-s&quot;\"") != std::string::npos);
  CHECK(a4.find("<h2>2. Stage &lt;i&gt;</h2>") != std::string::npos);
  CHECK(a4.find("Date: <b>2026-01-15</b>") != std::string::npos);
  CHECK(a4.find("Revision: <b>r&lt;1&gt;</b>") != std::string::npos);
  CHECK(a4.find("@page { size: A4;") != std::string::npos);
  CHECK(a4.find("break-inside: avoid") != std::string::npos);
  CHECK(a4.find("border: 1.5px solid #000") != std::string::npos);  // boxes are CSS borders
  for (const char* external : {"http:", "https:", "src=", "href=", "@import", "url("})
    CHECK(a4.find(external) == std::string::npos);
  std::size_t lines = 0;
  for (std::size_t at = 0; (at = a4.find("<div class=\"write\"></div>", at)) != std::string::npos; ++at) ++lines;
  CHECK(lines == 2);  // one line to write on per item of a write-in stage
  CHECK(checklist::checklist_html(sheet, {80, "letter", ""}).find("@page { size: letter;") != std::string::npos);
}

TEST_CASE("markdown task lists and json fields") {
  const auto sheet = checklist::make_sheet(checklist::load_checklist("phone-call"), {{"greeting"}, {}}, {});
  const std::string md = checklist::checklist_markdown(sheet, {});
  CHECK(md.starts_with("# Handling a customer phone call\n"));
  CHECK(md.find("## 1. Greeting\n\n- [ ] Introduce yourself. **(critical)**\n") != std::string::npos);
  CHECK(md.find("- [ ] Greet the customer. **(critical)**\n") != std::string::npos);
  const std::string json = checklist::checklist_json(sheet, {});
  CHECK(json.find("\"id\": \"phone-call\"") != std::string::npos);
  CHECK(json.find("\"mode\": \"do-confirm\"") != std::string::npos);
  CHECK(json.find("\"rules\": [") != std::string::npos);
  CHECK(json.find("\"id\": \"introduce-yourself\",\n          \"text\": \"Introduce yourself.\",\n"
                  "          \"critical\": true") != std::string::npos);
}

TEST_SUITE_END();

TEST_SUITE_BEGIN("checklist/handbook");

TEST_CASE("a critical item names its ground; a reference card has nothing critical; write_in gives N lines") {
  CHECK(load_error(kTop + "stages:\n  - {id: s, title: S, items: [{id: i, text: T, ground: \"seed 001\"}]}\n") ==
        "c.yaml:6:56: error: 'ground' says why an item is critical, but this one is not: expected critical: true "
        "with it, or no 'ground'");
  CHECK(load_error(kTop + "mode: reference\nstages:\n  - {id: s, title: S, items: [{id: i, text: T, critical: true}]}\n") ==
        "c.yaml:7:58: error: a reference card has nothing to tick, so nothing critical: expected no 'critical' (or "
        "mode: do-confirm or read-do)");
  CHECK(load_error(kTop + "stages:\n  - {id: s, title: S, write_in: 21, items: [{id: i, text: T}]}\n") ==
        "c.yaml:6:33: error: 'write_in' is '21': expected true, false or the lines to write on, 0 to 20");
  const auto c = checklist::parse_checklist(
      kTop + "stages:\n  - {id: a, title: A, write_in: 3, items: [{id: i, text: T, critical: true, ground: G}]}\n"
             "  - {id: b, title: B, situation: true, write_in: true, items: [{id: i, text: T}]}\n"
             "  - {id: c, title: C, items: [{id: i, text: T}]}\n",
      "c.yaml");
  CHECK(c.stages[0].write_in == 3);
  CHECK(c.stages[1].write_in == 1);
  CHECK(c.stages[0].items[0].ground == "G");
  // The stages numbered first, the situation after them without a number.
  const auto sheet = checklist::make_sheet(c);
  CHECK(ids_of(sheet) == std::vector<std::string>{"a", "c", "b"});
  CHECK(sheet.stages[1].number == 2);
  CHECK(sheet.stages[2].number == 0);
  CHECK(checklist::stage_heading(sheet.stages[2]) == "B");
}

TEST_CASE("every critical item of a built-in names the seed that makes it critical") {
  std::size_t critical = 0;
  for (const auto& c : checklist::builtin_checklists())
    for (const auto& s : c.stages)
      for (const auto& item : s.items) {
        if (!item.critical) continue;
        ++critical;
        CHECK_MESSAGE(item.ground.find("seed 00") != std::string::npos, c.id, "/", s.id, "/", item.id);
      }
  MESSAGE("critical items with a ground: ", critical);
}

TEST_CASE("staff sheets leave source notes out; --notes puts them in; JSON always has them") {
  const auto c = checklist::parse_checklist(
      kTop + "source: seed 000\nsource_note: garbled heading\nnote: Keep it by the phone.\nstages:\n"
             "  - {id: s, title: S, source_note: stage garble, items: [{id: i, text: T, note: Say it kindly., "
             "source_note: literally 'kindly say'}]}\n",
      "c.yaml");
  const auto sheet = checklist::make_sheet(c);
  for (const auto& format : checklist::checklist_formats()) {
    CAPTURE(format.name);
    checklist::ChecklistStyle staff{80, "a4", "2026-12-01", false, false};
    checklist::ChecklistStyle reviewer = staff;
    reviewer.notes = true;
    const std::string out = format.write(sheet, staff), all = format.write(sheet, reviewer);
    CHECK(out.find("Say it kindly.") != std::string::npos);
    CHECK(out.find("Keep it by the phone.") != std::string::npos);
    for (const char* hidden : {"garbled heading", "stage garble", "literally"}) {
      CHECK((out.find(hidden) == std::string::npos) == (format.media != base::Media::Json));
      CHECK(all.find(hidden) != std::string::npos);
    }
  }
}

TEST_CASE("a reference card has no boxes; --sign-off adds name, shift, date and signature lines") {
  const auto card = checklist::make_sheet(checklist::parse_checklist(
      kTop + "mode: reference\nstages:\n  - {id: s, title: S, items: [{id: i, text: Read this}]}\n", "c.yaml"));
  checklist::ChecklistStyle style{80, "a4", "2026-12-01", false, true};
  const std::string text = checklist::checklist_text(card, style);
  CHECK(text.find("[ ]") == std::string::npos);
  CHECK(text.find("\u2022 Read this") != std::string::npos);
  CHECK(checklist::checklist_markdown(card, style).find("- [ ]") == std::string::npos);
  for (const auto& field : checklist::sign_off_fields()) {
    CHECK(text.find(field + ":") != std::string::npos);
    CHECK(checklist::checklist_html(card, style).find("<div>" + field + "</div>") != std::string::npos);
  }
  // Every printed page names the sheet and counts its pages.
  const std::string html = checklist::checklist_html(card, style);
  CHECK(html.find("@top-left { content: \"C \u00b7 c\"") != std::string::npos);
  CHECK(html.find("counter(page)") != std::string::npos);
  CHECK(html.find("counter(pages)") != std::string::npos);
}

TEST_SUITE_END();
