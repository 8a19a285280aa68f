#pragma once
// A questionnaire as something to fill in: the blank paper form a client
// fills in with a pen (text, Markdown, printable HTML), a responses file to
// type answers into, and a mapping proposed from a survey export's headers.
#include <cxkit/base/format.hpp>
#include <cxkit/score/mapping.hpp>
#include <cxkit/score/questionnaire.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cxkit::score {

struct FormStyle {
  // HTML: the paper it is laid out for (base::papers()).
  std::string paper = "a4";
};

using BlankFormat = base::Format<Questionnaire, FormStyle>;

// text, markdown, html: the table drives the blank form's --format.
const std::vector<BlankFormat>& blank_formats();

// The paper form: name, role and date lines, how to answer, the scale with
// its labels, each section with a box per point of the scale and n/a for
// each item and its "Total ÷ (max × items) = %" line (the seed's method),
// the notice. An optional section says to answer it only when it applies
// (its note, else a general line). In HTML no section splits across pages.
std::string blank_text(const Questionnaire& questionnaire, const FormStyle& style);
std::string blank_markdown(const Questionnaire& questionnaire, const FormStyle& style);
std::string blank_html(const Questionnaire& questionnaire, const FormStyle& style);

// A responses file (kind: responses) naming the questionnaire as
// `reference` (its id, or a path): one respondent, every item id with its
// answer left empty (missing) and its text and the scale as comments. It
// loads as it is; scoring it says which items have no answer.
std::string responses_template(const Questionnaire& questionnaire, std::string_view reference);

// The column proposed for one item of a survey export.
struct ProposedColumn {
  std::string item;
  // 0-based; none when no header fits the item's text.
  std::optional<std::size_t> column;
  // How well the header matches the item's text, 0 to 1 (1: the same words).
  double score = 0;
  // Found by its place in a grid of codes (LimeSurvey's CM[SQ001]), not by text.
  bool by_position = false;
  // The header cell the mapping names the column by (exact text, unique in
  // the header rows); empty: by column number.
  std::string header;
};

struct MappingProposal {
  std::string source;  // the export, as named
  // Rows before the first response: as detected (or as given in SurveyOptions).
  std::size_t header_rows = 1;
  std::vector<ProposedColumn> items;  // questionnaire order
  // Answer codes of the item columns read in order as the scale (LimeSurvey
  // A1..A5, A6 for n/a), when their numbers run 1..points (or one more).
  std::vector<ValueAlias> values;
  // Cells of the item columns that are neither answers nor such codes: for
  // the user to list under values:.
  std::vector<std::string> unknown_answers;
};

// For each item, the export's column whose header best matches the item's
// text (word overlap with each header cell of every header row, a grid's
// [row], a matrix's "question - statement"), each column to one item at
// most; items no header matches are left without one. Reads the header
// rows and some rows after them (for header_rows and answer codes).
MappingProposal propose_mapping(const Questionnaire& questionnaire, const std::string& export_path,
                                const SurveyOptions& options = {});

// The proposal as a mapping file (kind: mapping) naming the questionnaire as
// `reference`: each item's column with its match as a comment, unmatched
// items commented out for the user to fill in.
std::string mapping_template(const Questionnaire& questionnaire, std::string_view reference,
                             const MappingProposal& proposal);

}  // namespace cxkit::score
