# Extra source files of the H12 claim checks (claims.cpp itself is listed in CMakeLists.txt).
target_sources(clustertrade_trade_growth PRIVATE claims_support.cpp claims_static.cpp claims_dynamic.cpp
  claims_effects.cpp claims_policy.cpp)
