/// \file main.cpp
/// \brief The `clustertrade` program: everything is in cli::run (src/cli/run.cpp).
#include "cli/common.hpp"

int main(int argc, char** argv) { return clustertrade::cli::run(argc, argv); }
