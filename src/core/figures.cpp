#include "core/figures.hpp"

#include <exception>
#include <iostream>
#include <string_view>

#include "core/latex.hpp"

namespace clustertrade {

FigureOutput::FigureOutput(std::filesystem::path figures_dir, std::string program)
    : figures_dir_(std::move(figures_dir)), program_(std::move(program)) {}

void FigureOutput::write_csv(const std::string& id, const std::string& part, CsvTable table, std::string description,
                             std::source_location where) {
  const std::string file_name = id + (part.empty() ? "" : "-" + part) + ".csv";
  const std::string function = short_function_name(where.function_name());
  const std::string source = source_relative(where.file_name());
  table.comment("figure " + id + ": " + description);
  table.comment("written by " + program_ + ", " + function + " (" + source + "), commit " + build_commit());
  write_file_atomic(figures_dir_ / file_name, table.str());
  traces_.push_back({id, file_name, std::move(description), function, source});
}

int figure_program_main(int argc, char** argv, const std::string& program,
                        const std::function<void(FigureOutput&)>& body) {
  std::filesystem::path figures_dir = "figures";
  std::filesystem::path results_dir = "build/results";
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if ((arg == "--figures-dir" || arg == "--results-dir") && i + 1 < argc) {
      (arg == "--figures-dir" ? figures_dir : results_dir) = argv[++i];
    } else {
      std::cerr << program << ": unknown argument '" << arg << "' (expected --figures-dir DIR --results-dir DIR)\n";
      return 2;
    }
  }
  try {
    FigureOutput out(figures_dir, program);
    body(out);
    nlohmann::json figures = nlohmann::json::array();
    for (const auto& t : out.traces())
      figures.push_back({{"id", t.id},
                         {"file", t.file_name},
                         {"description", t.description},
                         {"function", t.function},
                         {"source", t.source},
                         {"program", program}});
    write_json_atomic(results_dir / (program + ".numbers.json"), out.numbers().to_json());
    write_json_atomic(results_dir / (program + ".figures.json"), figures);
  } catch (const std::exception& error) {
    std::cerr << program << ": " << error.what() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace clustertrade
