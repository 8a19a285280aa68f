// Every built-in in every language is the English one in another language:
// the same ids, sections, stages, items, numbers and critical grounds; only
// the words differ. (Here because this folder's tests link every part.)
#include <cxkit/base/builtins.hpp>
#include <cxkit/base/i18n.hpp>
#include <cxkit/checklist/load.hpp>
#include <cxkit/score/load.hpp>
#include <cxkit/score/responses.hpp>
#include <cxkit/standards/load.hpp>
#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace cxkit;

namespace {

// What of a checklist is not words.
std::vector<std::string> shape(const checklist::Checklist& c) {
  std::vector<std::string> out{c.id, std::to_string(static_cast<int>(c.mode)), c.revision};
  for (const auto& rule : c.rules) out.push_back("rule " + rule.id);
  for (const auto& stage : c.stages) {
    out.push_back("stage " + stage.id + (stage.situation ? " situation" : "") + " write_in " +
                  std::to_string(stage.write_in));
    for (const auto& item : stage.items)
      out.push_back("item " + item.id + (item.critical ? " critical: " + item.ground : ""));
  }
  return out;
}

std::vector<std::string> shape(const score::Questionnaire& q) {
  std::vector<std::string> out{q.id, std::to_string(q.scale.min), std::to_string(q.scale.max)};
  for (const auto& [point, label] : q.scale.labels) out.push_back("label " + std::to_string(point));
  for (const auto& band : q.bands) out.push_back("band " + std::to_string(band.from) + " " + std::to_string(band.to));
  for (const auto& section : q.sections) {
    out.push_back("section " + section.id + (section.optional ? " optional" : ""));
    for (const auto& item : section.items)
      out.push_back("item " + item.id + (item.reverse ? " reverse " : " ") + std::to_string(item.weight));
  }
  return out;
}

std::vector<std::string> shape(const standards::Workbook& w) {
  std::vector<std::string> out{w.id};
  for (const auto& area : w.areas)
    out.push_back("area " + area.id + " " + std::to_string(static_cast<int>(area.kind)) + " questions " +
                  std::to_string(area.questions.size()));
  for (const auto& criterion : w.criteria) out.push_back("criterion " + criterion.id);
  for (const auto& process : w.processes)
    out.push_back("process " + process.id + " points " + std::to_string(process.points.size()));
  return out;
}

}  // namespace

TEST_SUITE_BEGIN("languages");

TEST_CASE("every built-in in every language has the English one's ids, numbers and critical grounds") {
  const auto languages = base::languages();
  REQUIRE(languages.front() == "en");
  std::size_t compared = 0;
  for (const std::string kind : {"checklist", "questionnaire", "workbook", "answers", "terms"})
    for (const auto& id : base::builtin_ids(kind)) {
      const base::Builtin* english = base::find_builtin(kind, id, "en");
      REQUIRE_MESSAGE(english, kind << " '" << id << "' has no English version");
      REQUIRE(english->language == "en");
      for (const auto& language : base::builtin_languages(kind, id)) {
        if (language == "en") continue;
        const base::Builtin* other = base::find_builtin(kind, id, language);
        CAPTURE(other->source);
        REQUIRE(other->language == language);
        if (kind == std::string("checklist")) {
          const auto translated = checklist::parse_checklist(other->text, other->source);
          CHECK(translated.language == language);
          CHECK(shape(translated) == shape(checklist::parse_checklist(english->text, english->source)));
        } else if (kind == std::string("questionnaire")) {
          const auto translated = score::parse_questionnaire(other->text, other->source);
          CHECK(translated.language == language);
          CHECK(shape(translated) == shape(score::parse_questionnaire(english->text, english->source)));
        } else if (kind == std::string("workbook")) {
          const auto translated = standards::parse_workbook(other->text, other->source);
          CHECK(translated.language == language);
          CHECK(shape(translated) == shape(standards::parse_workbook(english->text, english->source)));
        }
        ++compared;
      }
    }
  // Six languages of the phone call, the customer types, the quotient and
  // the workbook at least.
  for (const auto& [kind, id] : {std::pair{"checklist", "phone-call"}, {"checklist", "customer-types"},
                                 {"checklist", "de-escalation"}, {"questionnaire", "customer-service-quotient"},
                                 {"workbook", "service-standards"}, {"answers", "not-applicable"}})
    CHECK(base::builtin_languages(kind, id) ==
          std::vector<std::string>{"en", "pt-BR", "ru", "tl", "zh-Hans", "zh-Hant"});
  CHECK(compared > 40);
}

TEST_CASE("a locale names the language of its built-ins") {
  CHECK(base::language_of_locale("pt_BR.UTF-8") == "pt-BR");
  CHECK(base::language_of_locale("pt_PT") == "pt-BR");
  CHECK(base::language_of_locale("zh_TW.UTF-8") == "zh-Hant");
  CHECK(base::language_of_locale("zh_HK") == "zh-Hant");
  CHECK(base::language_of_locale("zh_CN.GB2312") == "zh-Hans");
  CHECK(base::language_of_locale("zh-Hans") == "zh-Hans");
  CHECK(base::language_of_locale("ru_RU.UTF-8") == "ru");
  CHECK(base::language_of_locale("fil_PH") == "tl");
  CHECK(base::language_of_locale("tl") == "tl");
  CHECK(base::language_of_locale("en_GB.UTF-8") == "en");
  CHECK(base::language_of_locale("C") == "");
  CHECK(base::language_of_locale("POSIX") == "");
  CHECK(base::language_of_locale("de_DE.UTF-8") == "");
  CHECK(base::language_of_locale("") == "");
}

TEST_CASE("a built-in the chosen language lacks is given in English, with a notice") {
  base::choose_language("ru");
  const base::Builtin* phone = base::find_builtin("checklist", "phone-call");
  REQUIRE(phone != nullptr);
  CHECK(phone->language == "ru");
  CHECK(base::take_notices().empty());
  base::choose_language("xx");  // no built-in is in it
  CHECK(base::find_builtin("checklist", "phone-call")->language == "en");
  base::find_builtin("checklist", "phone-call");
  CHECK(base::take_notices() ==
        std::vector<std::string>{"the built-in checklist 'phone-call' has no xx version: it is given in en"});
  CHECK(base::take_notices().empty());
  base::choose_language("en");
}

TEST_CASE("the words of the reports come from the chosen language's catalogue, with its plural forms") {
  base::choose_language("en");
  CHECK(base::tr("Rules") == "Rules");
  CHECK(base::trn("{} item", "{} items", 1) == "{} item");
  CHECK(base::trn("{} item", "{} items", 2) == "{} items");
  base::choose_language("ru");  // one, few, many: 1 and 21, 2 and 34, 5 and 11
  const auto one = base::trn("{} item", "{} items", 1), few = base::trn("{} item", "{} items", 3),
             many = base::trn("{} item", "{} items", 5);
  CHECK(one != "{} item");
  CHECK(one != few);
  CHECK(few != many);
  CHECK(base::trn("{} item", "{} items", 21) == one);
  CHECK(base::trn("{} item", "{} items", 34) == few);
  CHECK(base::trn("{} item", "{} items", 11) == many);
  CHECK(base::tr("Rules") != "Rules");
  CHECK(base::tr("a message no catalogue has") == "a message no catalogue has");  // English, as given
  base::choose_language("zh-Hans");  // one form for every number
  CHECK(base::trn("{} item", "{} items", 1) == base::trn("{} item", "{} items", 7));
  base::choose_language("pt-BR");  // 0 and 1 are singular
  CHECK(base::trn("{} item", "{} items", 0) == base::trn("{} item", "{} items", 1));
  CHECK(base::trn("{} item", "{} items", 2) != base::trn("{} item", "{} items", 1));
  base::choose_language("en");
}

TEST_CASE("a translated questionnaire takes its own labels and n/a, and its English original's too") {
  using score::Answer;
  base::choose_language("pt-BR");
  const score::Questionnaire q = score::load_questionnaire("customer-service-quotient");
  base::choose_language("en");
  REQUIRE(q.language == "pt-BR");
  CHECK(score::parse_answer(q.scale, "às vezes")->value == 3);
  CHECK(score::parse_answer(q.scale, "Sometimes")->value == 3);  // an export in English
  CHECK(score::parse_answer(q.scale, "ALWAYS")->value == 5);
  CHECK(score::parse_answer(q.scale, "não se aplica")->state == Answer::State::NotApplicable);
  CHECK(score::parse_answer(q.scale, "Not applicable")->state == Answer::State::NotApplicable);
  CHECK_FALSE(score::parse_answer(q.scale, "Rarely").has_value());  // on neither scale
  // In English nothing is added.
  CHECK(score::load_questionnaire("customer-service-quotient").scale.also.labels.empty());
}

TEST_SUITE_END();
