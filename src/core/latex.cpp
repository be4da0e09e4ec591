#include "core/latex.hpp"

#include <cctype>

namespace clustertrade {

namespace {

void escape_char(char c, std::string& out) {
  switch (c) {
    case '\\':
      out += "\\textbackslash{}";
      break;
    case '&':
      out += "\\&";
      break;
    case '%':
      out += "\\%";
      break;
    case '$':
      out += "\\$";
      break;
    case '#':
      out += "\\#";
      break;
    case '_':
      out += "\\_";
      break;
    case '{':
      out += "\\{";
      break;
    case '}':
      out += "\\}";
      break;
    case '~':
      out += "\\textasciitilde{}";
      break;
    case '^':
      out += "\\textasciicircum{}";
      break;
    case '<':
      out += "\\textless{}";
      break;
    case '>':
      out += "\\textgreater{}";
      break;
    default:
      out += c;
  }
}

}  // namespace

std::string latex_escape(std::string_view text) {
  std::string out;
  bool in_math = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const char before = i > 0 ? text[i - 1] : ' ';
    if (c == '$') {
      in_math = !in_math;
      out += c;
    } else if (in_math) {
      out += c;
    } else if (c == '\'' && (before == ' ' || before == '(' || before == '[') && i + 1 < text.size() &&
               std::isalnum(static_cast<unsigned char>(text[i + 1]))) {
      out += '`';  // an opening quote: ASCII 'x' would print as a closing quote on both sides
    } else {
      escape_char(c, out);
    }
  }
  if (in_math) out += '$';  // an unbalanced $ is closed rather than breaking the document
  return out;
}

std::string latex_escape_verbatim(std::string_view text) {
  std::string out;
  for (char c : text) escape_char(c, out);
  return out;
}

std::string latex_breakable_tt(std::string_view text) {
  std::string out = "\\texttt{";
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    escape_char(c, out);
    // A scope operator "::" is one unit: a break may follow it, never split it.
    const bool splits_scope = c == ':' && i + 1 < text.size() && text[i + 1] == ':';
    if ((c == ',' || c == '.' || c == '/' || c == '-' || c == '_' || c == '=' || c == ':') && !splits_scope)
      out += "\\allowbreak{}";
  }
  return out + "}";
}

std::string latex_path_tt(std::string_view path) {
  std::string out = "\\texttt{";
  for (char c : path) {
    escape_char(c, out);
    if (c == '/') out += "\\allowbreak{}";
  }
  return out + "}";
}

std::string longtable_head(std::string_view header_row, std::string_view caption) {
  std::string head;
  if (!caption.empty()) {
    head.append(caption).append("\\\\\n");
    head.append("\\toprule\n").append(header_row).append("\\\\\n\\midrule\n\\endfirsthead\n");
  }
  head.append("\\toprule\n").append(header_row).append("\\\\\n\\midrule\n\\endhead\n");
  return head;
}

bool is_tex_macro_name(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name)
    if (!std::isalpha(static_cast<unsigned char>(c))) return false;
  return true;
}

std::string short_function_name(std::string_view pretty) {
  auto paren = pretty.find('(');
  std::string_view head = pretty.substr(0, paren);
  // Drop the return type: the last space outside template brackets.
  int depth = 0;
  std::size_t cut = 0;
  for (std::size_t i = 0; i < head.size(); ++i) {
    if (head[i] == '<')
      ++depth;
    else if (head[i] == '>')
      --depth;
    else if (head[i] == ' ' && depth == 0)
      cut = i + 1;
  }
  std::string name(head.substr(cut));
  // Functions in anonymous namespaces are named as if they were in the enclosing namespace.
  for (std::size_t pos; (pos = name.find("{anonymous}::")) != std::string::npos;) name.erase(pos, 13);
  return name;
}

std::string source_relative(std::string_view path) {
  std::size_t best = std::string_view::npos;
  for (std::string_view root : {"src/", "tests/", "bench/"}) {
    const auto pos = path.rfind(root);
    if (pos != std::string_view::npos && (pos == 0 || path[pos - 1] == '/') &&
        (best == std::string_view::npos || pos > best))
      best = pos;
  }
  return std::string(best == std::string_view::npos ? path : path.substr(best));
}

}  // namespace clustertrade
