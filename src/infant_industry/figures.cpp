#include "core/figures.hpp"

int main(int argc, char** argv) {
  // SCAFFOLD: replaced by the module's figures
  return clustertrade::figure_program_main(argc, argv, "figures-infant-industry", [](clustertrade::FigureOutput&) {});
}
