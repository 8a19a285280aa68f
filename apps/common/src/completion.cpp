#include "completion.hpp"

#include <common/app.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <string_view>
#include <utility>
#include <vector>

namespace cxkit::app {
namespace {

// The shell completions (--completion): what each option of the table
// completes, and one script per shell written from that.
std::map<const CLI::Option*, Words>& registered_ids() {
  static std::map<const CLI::Option*, Words> ids;
  return ids;
}

struct Completed {
  std::vector<std::string> names;  // "-f", "--format"; none for a positional
  std::string help;                // its help, up to the first '(' or ';'
  int values = 0;                  // values it takes: 0 a flag, -1 any number
  std::vector<std::string> words;  // choices and built-in ids
  bool files = false;
};

struct Table {
  std::string program;
  std::vector<Completed> options;
  Completed positional;              // every positional's words and files together
  std::vector<std::string> commands;  // subcommands: NAME of program P runs P-NAME
};

// "text|json|csv" in the help: those words; an option text with a capital
// (ID|FILE, N) is a placeholder.
std::vector<std::string> choices_in(const std::string& text) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t bar = std::min(text.find('|', start), text.size());
    const std::string word = text.substr(start, bar - start);
    const bool plain = !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
    if (!plain) return {};
    words.push_back(word);
    start = bar + 1;
  }
  return words.size() > 1 ? words : std::vector<std::string>{};
}

Completed completed(const CLI::Option& option) {
  Completed c;
  for (const auto& name : option.get_snames()) c.names.push_back("-" + name);
  for (const auto& name : option.get_lnames()) c.names.push_back("--" + name);
  c.help = option.get_description().substr(0, option.get_description().find_first_of("(;"));
  while (!c.help.empty() && c.help.back() == ' ') c.help.pop_back();
  if (option.get_type_size() != 0)
    c.values = option.get_expected_max() >= CLI::detail::expected_max_vector_size ? -1 : option.get_expected_max();
  c.words = choices_in(option.get_option_text());
  // An option with no text of its own shows its CLI::IsMember set: TEXT:{yaml,csv}.
  if (const std::string type = option.get_type_name();
      option.get_option_text().empty() && !type.empty() && type.back() == '}') {
    std::string set = type.substr(type.rfind('{') + 1);
    set.pop_back();
    std::replace(set.begin(), set.end(), ',', '|');
    c.words = choices_in(set);
  }
  if (const auto found = registered_ids().find(&option); found != registered_ids().end())
    for (auto& id : found->second()) c.words.push_back(std::move(id));
  c.files = option.get_option_text().find("FILE") != std::string::npos;
  return c;
}

Table table_of(const CLI::App& cli) {
  Table t{cli.get_name(), {}, {}, {}};
  for (const CLI::Option* option : cli.get_options()) {
    Completed c = completed(*option);
    if (!option->nonpositional()) {
      t.positional.words.insert(t.positional.words.end(), c.words.begin(), c.words.end());
      t.positional.files = t.positional.files || c.files;
    } else {
      t.options.push_back(std::move(c));
    }
  }
  for (const CLI::App* sub : cli.get_subcommands({})) t.commands.push_back(sub->get_name());
  t.positional.words.insert(t.positional.words.end(), t.commands.begin(), t.commands.end());
  return t;
}

std::string identifier(std::string name) {
  std::replace(name.begin(), name.end(), '-', '_');
  return name;
}

std::string joined(const std::vector<std::string>& words, std::string_view separator = " ") {
  return fmt::format("{}", fmt::join(words, separator));
}

// A word in single quotes for bash, zsh and fish ('\'' closes, quotes, reopens;
// fish reads \' inside quotes instead).
std::string shell_quoted(std::string_view text, bool fish = false) {
  std::string out = "'";
  for (char c : text) out += c == '\'' ? (fish ? "\\'" : "'\\''") : (fish && c == '\\' ? "\\\\" : std::string(1, c));
  return out + "'";
}

std::string bash_script(const Table& t) {
  const std::string f = identifier(t.program);
  std::string takes, values;
  std::vector<std::string> all;
  for (const auto& o : t.options) {
    all.insert(all.end(), o.names.begin(), o.names.end());
    if (o.values != 0) takes += fmt::format("    {}) echo {} ;;\n", joined(o.names, "|"), o.values);
    if (o.values != 0 && (!o.words.empty() || o.files))
      values += fmt::format("    {}) words={} files={} ;;\n", joined(o.names, "|"), shell_quoted(joined(o.words)),
                            o.files ? "1" : "");
  }
  values += fmt::format("    '') words={} files={} ;;\n", shell_quoted(joined(t.positional.words)),
                        t.positional.files ? "1" : "");
  // A command's words go to its program's completion, loaded by
  // bash-completion when it is installed; a command that is no program
  // (help) takes a command.
  std::string commands;
  if (!t.commands.empty())
    commands = fmt::format(R"(    if [[ " {0} " == *" $word "* ]]; then
      local program={1}-$word spec
      if type -P "$program" >/dev/null; then
        complete -p "$program" &>/dev/null || ! declare -F _completion_loader >/dev/null ||
          _completion_loader "$program"
        spec=$(complete -p "$program" 2>/dev/null)
      fi
      if [[ $spec == *" -F "* ]]; then
        spec=${{spec##* -F }}
        COMP_WORDS=("$program" "${{COMP_WORDS[@]:i+1}}")
        COMP_CWORD=$((COMP_CWORD - i))
        "${{spec%% *}}" "$program" "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
      elif ((i == COMP_CWORD - 1)); then
        COMPREPLY=($(compgen -W '{0}' -- "$cur"))
      fi
      return
    fi
)",
                           joined(t.commands), t.program);
  return fmt::format(R"(# bash completion for {0}, written by `{0} --completion bash` from its options.
# Load it with: source <({0} --completion bash)

# How many values option $1 takes: 0 a flag, -1 any number.
__{1}_takes() {{
  case $1 in
{2}    *) echo 0 ;;
  esac
}}

# The words and whether files complete a value of option $1 ('' a positional).
__{1}_values() {{
  words= files=
  case $1 in
{3}  esac
}}

_{1}() {{
  local cur=${{COMP_WORDS[COMP_CWORD]}} option= taken=0 i word most words files
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${{COMP_WORDS[i]}}
    [[ $word == = ]] && continue  # --name=value: the value follows
    if [[ -n $option && ( $word != -* || $taken == 0 ) ]]; then
      taken=$((taken + 1)) most=$(__{1}_takes "$option")
      ((most >= 0 && taken >= most)) && option=
      continue
    fi
    option=
{4}    if [[ $word == -?* && $(__{1}_takes "$word") != 0 ]]; then option=$word taken=0; fi
  done
  [[ $cur == = ]] && cur=
  if [[ -n $option && ( $cur != -* || $taken == 0 ) ]]; then
    __{1}_values "$option"
  elif [[ $cur == -* ]]; then
    words={5} files=
  else
    __{1}_values ''
  fi
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
  [[ -z $files ]] && return
  if declare -F _filedir >/dev/null; then
    _filedir
  else
    compopt -o filenames 2>/dev/null
    COMPREPLY+=($(compgen -f -- "$cur"))
  fi
}}
complete -F _{1} {0}
)",
                     t.program, f, takes, values, commands, shell_quoted(joined(all)));
}

// zsh's _arguments action for a value: its words, files, both, or nothing
// to offer (a number, a name). A colon in a spec's action is written \:.
std::string zsh_action(const Completed& o) {
  const std::string words = "(" + joined(o.words) + ")";
  if (o.words.empty()) return o.files ? "_files" : " ";
  return o.files ? "_alternative \"words\\:word\\:" + words + "\" \"files\\:file\\:_files\"" : words;
}

// "(-f --format)--format=[help]:format:(text json)", one name of the option.
std::string zsh_spec(const Completed& o, const std::string& name) {
  std::string help;
  for (char c : o.help) help += (c == '[' || c == ']' || c == '\\') ? std::string("\\") + c : std::string(1, c);
  std::string spec = o.values < 0 ? "*" : o.names.size() > 1 ? "(" + joined(o.names) + ")" : "";
  spec += name + (o.values == 0 ? "" : name.size() == 2 ? "+" : "=") + "[" + help + "]";
  if (o.values == 0) return shell_quoted(spec);
  const std::string& longest = o.names.back();
  return shell_quoted(spec + ":" + longest.substr(longest.find_first_not_of('-')) + ":" + zsh_action(o));
}

std::string zsh_script(const Table& t) {
  std::vector<std::string> specs;
  for (const auto& o : t.options)
    for (const auto& name : o.names) specs.push_back(zsh_spec(o, name));
  std::string state;
  if (!t.commands.empty()) {
    // A command's words go to its program's completion (_normal finds it).
    specs.push_back(shell_quoted("1:command:(" + joined(t.commands) + ")"));
    specs.push_back("'*::argument:->command'");
    state = fmt::format("  [[ $state == command ]] && {{ words[1]={}-$words[1]; _normal; }}\n", t.program);
  } else if (!t.positional.words.empty() || t.positional.files) {
    specs.push_back(shell_quoted("*:argument:" + zsh_action(t.positional)));
  }
  return fmt::format(R"(#compdef {0}
# zsh completion for {0}, written by `{0} --completion zsh` from its options.
# Load it with: source <({0} --completion zsh)

_{1}() {{
  local state
  _arguments -s -S \
    {2}
{3}}}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _{1} "$@"
else
  compdef _{1} {0}
fi
)",
                     t.program, identifier(t.program), joined(specs, " \\\n    "), state);
}

std::string fish_script(const Table& t) {
  const std::string c = "complete -c " + t.program;
  std::string out = fmt::format(
      "# fish completion for {0}, written by `{0} --completion fish` from its options.\n"
      "# Load it with: {0} --completion fish | source\n\n{1} -e\n{1} -f\n",
      t.program, c);
  for (const auto& o : t.options) {
    std::string line = c;
    for (const auto& name : o.names) line += (name.size() == 2 ? " -s " : " -l ") + name.substr(name[1] == '-' ? 2 : 1);
    line += " -d " + shell_quoted(o.help, true);
    if (o.values != 0) line += o.files ? " -r -F" : " -x";
    if (o.values != 0 && !o.words.empty()) line += " -a " + shell_quoted(joined(o.words), true);
    out += line + "\n";
  }
  const Completed& p = t.positional;
  if (!t.commands.empty()) {
    // A command's words go to its program's completion.
    const std::string commands = joined(t.commands);
    out += fmt::format("{} -n 'not __fish_seen_subcommand_from {}' -a {}\n", c, commands, shell_quoted(commands, true));
    out += fmt::format(
        "{} -n '__fish_seen_subcommand_from {}' -a '(set -l words (commandline -opc); set -e words[1]; "
        "set words[1] {}-$words[1]; complete -C (string join \" \" -- $words (commandline -ct)))'\n",
        c, commands, t.program);
  } else if (!p.words.empty() || p.files) {
    out += c + (p.files ? " -F" : "") + (p.words.empty() ? "" : " -a " + shell_quoted(joined(p.words), true)) + "\n";
  }
  return out;
}


}  // namespace

void complete_ids(CLI::Option* option, Words ids) { registered_ids()[option] = std::move(ids); }

std::string completion_script(const CLI::App& cli, const std::string& shell) {
  const Table t = table_of(cli);
  if (shell == "zsh") return zsh_script(t);
  if (shell == "fish") return fish_script(t);
  return bash_script(t);
}

}  // namespace cxkit::app
