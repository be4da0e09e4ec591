/// \file commands.hpp
/// \brief The subcommands of `clustertrade`: each module's command-line front end adds its own.
#pragma once

#include <CLI/CLI.hpp>

#include "core/claims.hpp"

namespace clustertrade::cli {

/// `clustertrade infant-industry ...` (RC07 §2).
/// \param app the `clustertrade` application to add it to
void add_infant_industry_command(CLI::App& app);
/// `clustertrade cluster-model ...` (RC07 §3, RC05 §II and §V, CPP §5).
/// \param app the `clustertrade` application to add it to
void add_cluster_model_command(CLI::App& app);
/// `clustertrade dynamic-spillovers ...` (RC07 §4, CPP §5).
/// \param app the `clustertrade` application to add it to
void add_dynamic_spillovers_command(CLI::App& app);
/// `clustertrade trade-growth ...` (H12).
/// \param app the `clustertrade` application to add it to
void add_trade_growth_command(CLI::App& app);
/// `clustertrade cluster-mapping ...` (Porter; the Cluster Mapping Project).
/// \param app the `clustertrade` application to add it to
void add_cluster_mapping_command(CLI::App& app);
/// `clustertrade cluster-mapping simulate`: one simulated nation and Porter's method on it.
/// \param model the `cluster-mapping` subcommand to add it to
void add_cluster_mapping_simulate(CLI::App& model);
/// `clustertrade prove ...`: runs the claims registry.
/// \param app the `clustertrade` application to add it to
void add_prove_command(CLI::App& app);

/// Registers every module's claims, in the order of the report.
/// \param registry the registry to add them to
void register_all_claims(ClaimRegistry& registry);

}  // namespace clustertrade::cli
