#!/usr/bin/env python3
# Writes tests/mutation/mutants.txt (run from the repository root: python3 tests/mutation/make_mutants.py tests/mutation/mutants.txt).
# Each mutant is (id, kind, file, old text, new text, description[, sed address]); the old text is escaped into a
# sed s@...@...@ script and must occur exactly once in the file (or once inside the address range).
import re,sys
def esc_re(s): return re.sub(r'([\\.*\[\]^$@])', r'\\\1', s)
def esc_rep(s): return re.sub(r'([\\&@])', r'\\\1', s)
M=[]
def m(id,kind,f,old,new,what,addr=''):
    M.append((id,kind,f,old,new,what,addr))
II='src/infant_industry/model.cpp'
m('ii-theta-div','model',II,'return 1.0 + p.alpha * p.lbar;','return 1.0 + p.alpha / p.lbar;','theta = 1 + alpha/Lbar instead of 1 + alpha*Lbar')
m('ii-prod-max','model',II,'std::min(p.lbar, labor_sector2)','std::max(p.lbar, labor_sector2)','min -> max in the bounded externality')
m('ii-spec1-strict','model',II,'if (a <= th * b)','if (a < th * b)','specialisation in 1 drops the tie R = theta')
m('ii-interior-root','model',II,'(th * b / a - 1.0) / p.alpha','(th * a / b - 1.0) / p.alpha','interior root with R inverted')
m('ii-small-south-scale','model',II,'const double scale = 1.0 + p.alpha * p.labor_south;','const double scale = 1.0 + p.alpha * p.lbar;','small South (L_S < Lbar) uses Lbar for the externality')
m('ii-p-right-nonstrict','model',II,'bool condition_p_right(const Params& p) { return south2_north1(p) < theta(p)','bool condition_p_right(const Params& p) { return south2_north1(p) <= theta(p)','right half of P non-strict')
m('ii-interior-stable','model',II,'out.push_back({EquilibriumKind::interior, l2, l2, w1, Stability::unstable});','out.push_back({EquilibriumKind::interior, l2, l2, w1, Stability::stable});','interior equilibrium flagged stable')
m('ii-wage1-index','model',II,'double wage_sector1(const Params& p) { return p.lambda_south[0] / p.lambda_north[0]; }','double wage_sector1(const Params& p) { return p.lambda_south[0] / p.lambda_north[1]; }','off-by-one North productivity in w1')
m('ii-ppf-slope','model',II,'(1.0 + 2.0 * p.alpha * labor_sector2)','(1.0 + p.alpha * labor_sector2)','PPF slope forgets the factor 2')
m('ii-spec2-neutral','model',II,'a > b ? Stability::stable : (p.labor_south > p.lbar ? Stability::neutral : Stability::unstable)','a > b ? Stability::stable : Stability::unstable','spec-2 at R = 1 never neutral')
CM='src/cluster_model/model.cpp'
m('cm-theta-beta','model',CM,'const double theta = beta + alpha * lbar[j];','const double theta = 1.0 + alpha * lbar[j];','theta_j = 1 + alpha Lbar_j instead of beta + alpha Lbar_j')
m('cm-north-price-not','model',CM,'params.north_clustered(j) ? params.theta','!params.north_clustered(j) ? params.theta','North price ignores which sectors North clusters')
m('cm-skip-leave-cluster','model',CM,'} else if (clustered) {','} else if (false) {','deviation check skips leaving the cluster in the own good')
m('cm-eq-tie','model',CM,'s.best_deviation.ratio <= 1.0 + tie_tolerance;','s.best_deviation.ratio < 1.0 - tie_tolerance;','weak equilibria are not equilibria')
m('cm-weak-flag','model',CM,'s.best_deviation.ratio >= 1.0 - tie_tolerance;','s.best_deviation.ratio >= 1.0 + tie_tolerance;','weak flag never set')
m('cm-star-nonstrict','model',CM,'< params.theta[0] || k == 0;','<= params.theta[0] || k == 0;','condition (*) non-strict')
m('cm-star-all-theta-k','model',CM,'> params.theta[m]) return false;','> params.theta[k]) return false;','condition (*) for every k uses theta_k instead of theta_m')
m('cm-nocluster-raw','model',CM,'if (raw_ratio(params, j) / params.theta[j] > raw_ratio(params, best) / params.theta[best]) best = j;','if (raw_ratio(params, j) > raw_ratio(params, best)) best = j;','no-cluster sector ignores theta')
m('cm-sort-wage','model',CM,'return a.wage > b.wage; });','return a.wage < b.wage; });','equilibria ranked by wage ascending')
m('cm-ricardo-start','model',CM,'for (std::size_t j = 1; j < params.sectors(); ++j)','for (std::size_t j = 2; j < params.sectors(); ++j)','Ricardian ordering skips the first pair','/ricardian_ordering_holds/,/^}/')
CN='src/cluster_model/north.cpp'
m('cm-north-min-max','model',CN,'std::min(north.lbar[j], employment)','std::max(north.lbar[j], employment)','North cluster factor uses max')
m('cm-north-factor-le','model',CN,'if (factor < 1.0) config.equilibrium = false;','if (factor <= 1.0) config.equilibrium = false;','cluster factor 1 not an equilibrium')
m('cm-north-full','model',CN,'employment >= north.lbar[j];','employment > north.lbar[j];','full cluster needs strict excess employment')
CP='src/cluster_model/policy.cpp'
m('cm-tariff-price','model',CP,'out.domestic_price = north_price(params, target) * (1.0 + tariff);','out.domestic_price = north_price(params, start) * (1.0 + tariff);','tariff applied to the wrong good')
m('cm-protected-unclustered','model',CP,'south_productivity(params, target, true)) - 1.0);','south_productivity(params, target, false)) - 1.0);','protected-cluster tariff uses backward productivity')
m('cm-status-quo-front','model',CP,'out.status_quo_wage = eq.back().wage;','out.status_quo_wage = eq.front().wage;','status quo = best equilibrium instead of worst')
m('cm-modern-margin-beta','model',CP,'out.modern_margin = params.beta.value_or(1.0) * out.backward_margin;','out.modern_margin = params.beta.value_or(0.0) * out.backward_margin;','beta unset: modern margin 0')
CC='src/cluster_model/coordination.cpp'
m('cm-coord-next','model',CC,'modern_payoff(game, (k + 1.0) / N) > backward_payoff(game, n)','modern_payoff(game, n) > backward_payoff(game, n)','finite-N deviation to modern forgets the deviator joins')
DS='src/dynamic_spillovers/model.cpp'
m('ds-follower-exp','model',DS,'p.epsilon * (1.0 - std::exp(-lead_gap));','p.epsilon * (1.0 - std::exp(-0.5 * lead_gap));','catch-up term halves the gap')
m('ds-limit-sign','model',DS,'return 1.0 - (s_leader - s_follower) * g / epsilon;','return 1.0 - (s_follower - s_leader) * g / epsilon;','follower limit ratio sign flip')
m('ds-printed-limit','model',DS,'return epsilon / (epsilon + (s_leader - s_follower) * g);','return epsilon / (epsilon - (s_leader - s_follower) * g);','printed limit ratio sign flip')
m('ds-closed-r0','model',DS,'return r0 * growth / (1.0 + epsilon * r0 * integral);','return r0 * growth / (1.0 + epsilon * integral);','closed form forgets r0 in the denominator')
m('ds-overtake-c','model',DS,'std::log((c - epsilon * q0) / (q0 * (c - epsilon))) / c;','std::log((c - epsilon * q0) / (q0 * (c - epsilon))) / epsilon;','overtaking time divides by epsilon')
m('ds-north-intensity','model',DS,'const double g_north = p.g * p.north_intensity;','const double g_north = p.g;','North learning ignores its intensity')
m('ds-intensity-swap','model',DS,'return t >= params.south_switch_time ? params.south_intensity_after : params.south_intensity_before;','return t >= params.south_switch_time ? params.south_intensity_before : params.south_intensity_after;','South intensity before/after swapped')
DE='src/dynamic_spillovers/equilibria.cpp'
m('ds-eq-wage-beta','model',DE,'(c.cluster ? p.theta[k] : 1.0);','(c.cluster ? p.theta[k] : p.beta);','no-cluster wage uses modern technology')
m('ds-dev-skip-backward','model',DE,'for (double productivity : {backward, p.beta * backward})','for (double productivity : {p.beta * backward})','deviation check skips backward firms')
m('ds-printed-gap-inv','model',DE,'(p.theta[k] / a_hat) * ricardo;','(a_hat / p.theta[k]) * ricardo;','printed income gap inverted')
m('ds-spec2-theta1','model',DE,'return ratio < p.theta[0] / a_hat;','return ratio < p.theta[1] / a_hat;','specialisation-2 condition uses theta_2')
CD='src/dynamic_spillovers/cpp_dynamics.cpp'
m('cpp-closed-sign','model',CD,'const double u = cluster ? u0 - t :','const double u = cluster ? u0 + t :','CPP closed form with cluster: sign flip')
m('cpp-rhs-ratio','model',CD,'dsdt[1] = std::exp(s[1] - s[0]) +','dsdt[1] = std::exp(s[0] - s[1]) +','CPP catch-up uses Z_R/Z_P')
m('cpp-blowup','model',CD,'return z0 > x ? -std::log1p(-x / z0) / x','return z0 > x ? -std::log1p(-x / z0) / z0','CPP blow-up time divides by z0')
TS='src/trade_growth/static_equilibrium.cpp'
m('tg-eq10-sizes','model',TS,'std::pow(economy.labor_foreign / economy.labor_home, 1.0 / economy.sigma)','std::pow(economy.labor_home / economy.labor_foreign, 1.0 / economy.sigma)','eq. (10) with L*/L inverted')
m('tg-eq10-den','model',TS,'for (std::size_t k = printed ? zhat : zhat + 1; k < n; ++k)','for (std::size_t k = printed ? zhat : zhat + 2; k < n; ++k)','eq. (10) denominator skips a good (off by one)')
m('tg-mobility-min','model',TS,'lp[i] = -std::log(std::max(e.home[i], e.foreign[i]));','lp[i] = -std::log(std::min(e.home[i], e.foreign[i]));','mobility prices from the worse producer')
m('tg-mobility-tie','model',TS,'(e.home[i] < e.foreign[i] ? 0.0 : 0.5);','(e.home[i] < e.foreign[i] ? 0.0 : 1.0);','mobility: a tied industry goes all to home')
m('tg-exports-labor','model',TS,'const double exports = x > 0.0 ? e.labor_foreign * x','const double exports = x > 0.0 ? e.labor_home * x','exports priced with home labour instead of foreign')
m('tg-switch-openness','model',TS,'s.push_back({a / g[k], i, false});','s.push_back({a * g[k], i, false});','import switch point a*g instead of a/g')
m('tg-weights-ignored','model',TS,'const double b = e.weight(static_cast<std::size_t>(i));','const double b = 1.0;','taste weights ignored in the solver')
m('tg-ces-sign','model',TS,'const Eigen::VectorXd lw = lb + (1.0 - e.sigma) * lp;','const Eigen::VectorXd lw = lb + (e.sigma - 1.0) * lp;','CES shares with the wrong exponent sign')
m('tg-foreign-price-g','model',TS,'lpf[i] = (!trd || tf[i] <= 0.0) ? -las : lu - std::log(g[i]) - la;','lpf[i] = (!trd || tf[i] <= 0.0) ? -las : lu + std::log(g[i]) - la;','iceberg cost applied the wrong way on exports')
m('tg-slack-loose','model',TS,'out.push_back(1e-9 - std::fabs(log_switch - lu));','out.push_back(1e-3 - std::fabs(log_switch - lu));','shared-good slack threshold loosened 1e-9 -> 1e-3')
TD='src/trade_growth/dynamics.cpp'
m('tg-tau-cont','model',TD,'const Eigen::MatrixXd tau_t = params.tau.transpose();','const Eigen::MatrixXd tau_t = params.tau;','continuous time uses tau instead of tau^T','/^Path simulate(const Params/,/^}/')
m('tg-tau-disc','model',TD,'const Eigen::MatrixXd tau_t = params.tau.transpose();','const Eigen::MatrixXd tau_t = params.tau;','discrete time uses tau instead of tau^T','/^Path simulate_discrete/,/^}/')
m('tg-active-mask','model',TD,'const Supplier absent = home ? Supplier::foreign : Supplier::home;','const Supplier absent = home ? Supplier::home : Supplier::foreign;','learning only in the inactive industries')
m('tg-autarky-mask','model',TD,'      dxdt.head(n) = tau_t * eq.labor_home;','      dxdt.head(n) = tau_t * eq.labor_foreign;','autarky learning at home driven by foreign labour')
m('tg-mobility-frozen-tie','model',TD,'(p.home_market[k] == Supplier::foreign ? 0.0 : 0.5);','(p.home_market[k] == Supplier::foreign ? 0.0 : 1.0);','frozen mobility: a shared industry goes all to home')
SC='src/trade_growth/scenarios.cpp'
m('in-composition-04','input',SC,'m(0, 0) = m(1, 1) = 0.5;','m(0, 0) = m(1, 1) = 0.4;','Fig. 5/8 composition matrix 0.5 -> 0.4')
m('in-cluster-tau-asym','input',SC,'m(0, 1) = m(1, 0) = m(2, 3) = m(3, 2) = tau;','m(0, 1) = m(1, 0) = m(2, 3) = tau;','Table 2 loses one cross spillover')
m('in-fig6-home','input',SC,'e.home = vec4(10, 4, 5, 2);','e.home = vec4(10, 4, 5, 3);','Fig. 6 initial home technology 2 -> 3')
m('in-fig7-foreign','input',SC,'e.foreign = vec4(2, 6, 4, 10);','e.foreign = vec4(2, 6, 5, 10);','Fig. 7 initial foreign technology 4 -> 5')
m('in-fig2-tau','input',SC,'s.params.tau = within_industry_tau(0.2);','s.params.tau = within_industry_tau(0.25);','Fig. 2 tau_W 0.2 -> 0.25')
m('in-fig4-home','input',SC,'e.home = vec4(10, 5, 10, 5);','e.home = vec4(10, 5, 5, 10);','Fig. 4 home technologies permuted')

m('cm-skip-own-modern','model',CM,'} else if (params.beta) {','} else if (false) {','deviation check skips a lone modern firm in the own good')
m('tg-policy-open','model','src/trade_growth/policy.cpp','(mobility || t >= liberalize_at[i])','(mobility || t > liberalize_at[i])','an industry opens just after its date (free trade at t = 0 closed)')
m('tg-autarky-foreign','model',TD,'      dxdt.tail(n) = tau_t * eq.labor_foreign;','      dxdt.tail(n) = tau_t * eq.labor_home;','autarky learning abroad driven by home labour')
m('tg-eq10-partial','model',TS,'num += (z - static_cast<double>(fl)) * term(economy.home, zhat);','num += (z - static_cast<double>(fl)) * term(economy.foreign, zhat);','eq. (10) marginal good with foreign productivity in the numerator')
m('ds-cpp-cluster-rate','model',CD,'dsdt[0] = params.x;','dsdt[0] = 0.5 * params.x;','CPP rich region grows at x/2')
m('cm-north-employment','model',CN,'const double employment = north.shares[j] * north.labour;','const double employment = north.shares[j];','North employment ignores the labour force')
m('in-fig8-sigma','input',SC,'std::array<double, 2> figure8_sigmas() { return {4.0 / 3.0, 4.0}; }','std::array<double, 2> figure8_sigmas() { return {1.5, 4.0}; }','Fig. 8 sigma 4/3 -> 1.5')
m('in-fig7-gradual','input',SC,'p.liberalize_at << 0.0, date_2_3, date_2_3, 0.0;','p.liberalize_at << 0.0, date_2_3, 0.0, date_2_3;','Fig. 7 opens industries 1 and 3 first')
m('in-rc05-game','input','src/cluster_model/scenarios.hpp','return SpilloverGame{3.0, 1.0, spillover_to_backward, std::nullopt};','return SpilloverGame{2.0, 1.0, spillover_to_backward, std::nullopt};','RC05 game A = 3 -> 2 (A - C no longer > 1)')
m('in-rc05-ladder','input','src/cluster_model/scenarios.hpp','{1.6, 1.8, 2.0, 2.2, 2.4}, std::nullopt','{1.6, 1.8, 2.0, 2.2, 2.0}, std::nullopt','wage ladder theta_5 2.4 -> 2.0')
m('in-ds-epsilon','input','src/dynamic_spillovers/scenarios.hpp','inline constexpr double illustration_epsilon = 0.05;','inline constexpr double illustration_epsilon = 0.04;','illustration epsilon 0.05 -> 0.04')
m('in-rc07-fig1','input','src/infant_industry/model.hpp','std::array<double, 2> lambda_south{1.0, 1.25};','std::array<double, 2> lambda_south{1.0, 1.5};','rc07-fig1 South productivity 1.25 -> 1.5')
# claims code (caught once the engine/cmclaims/tgclaims sensitivity tests land)
m('cl-cm-threshold','claims','src/cluster_model/claims.cpp','r.ok = r.ok && r.threshold_error < 1e-9;','r.ok = r.ok && r.threshold_error < 1e-3;','policy-threshold claim loosened 1e-9 -> 1e-3')
m('cl-ii-tie','claims','src/infant_industry/claims.cpp','if (rel_gap(e.wage, paper) > 1e-9) {','if (rel_gap(e.wage, paper) > 1e-3) {','infant-industry wage claim loosened')
m('cl-ds-dev','claims','src/dynamic_spillovers/claims.cpp','out.exists = out.exists && best_deviation_ratio(e.p, c, tech) <= 1.0 + 1e-9;','out.exists = out.exists && best_deviation_ratio(e.p, c, tech) <= 1.0 + 1e-3;','dynamic equilibrium existence loosened')
m('cl-cm-worst','claims','src/cluster_model/claims.cpp','r.ok = r.ok && r.worst < 1e-12;','r.ok = r.ok && r.worst < 1e-3;','cluster claim worst-error loosened')
with open(sys.argv[1],'w') as out:
    out.write('# Mutants for tests/mutation/run_mutants.sh: one per line, TAB-separated fields\n')
    out.write('# id\tkind\tfile\tsed script\twhat the fault is\n')
    out.write('# Excluded as equivalent (no input can tell them apart): L_S >= Lbar -> L_S > Lbar in the spec-2 branch\n')
    out.write('# (both branches agree at L_S = Lbar); skipping lone modern firms in OTHER goods (beta < 1, so a backward\n')
    out.write('# firm always pays more); a strict flag at n = 0 set on gain <= 0 (gain(0) = -C - 1 < 0 always).\n')
    for id,kind,f,old,new,what,addr in M:
        src=open(f).read()
        cnt=src.count(old) if not addr else None
        if not addr and cnt!=1: print('WARN',id,cnt)
        out.write(f"{id}\t{kind}\t{f}\t{addr}s@{esc_re(old)}@{esc_rep(new)}@\t{what}\n")
print(len(M))
