// Dense averaged perceptron over hashed features, used only while training.
//
// Weights are laid out [bucket][class] (bucket = top `bits` bits of the feature hash, the
// same as model_io::LinearModel). Averaging uses the "w - u / t" identity (Daumé 2006):
// every update of delta at time t adds t * delta to u, so the average over all t steps
// is w - u / t. Memory: 12 bytes per bucket and class. Not thread-safe.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/model_io/linear.h"

namespace kg::extract::train {

class AveragedPerceptron {
 public:
  AveragedPerceptron(std::uint32_t bits, std::uint32_t classes);

  std::uint32_t bits() const { return bits_; }
  std::uint32_t classes() const { return classes_; }

  // scores[c] = sum over features of the current weight (class c); scores has classes() slots.
  void score(const std::uint64_t* feats, std::size_t n, float* scores) const;
  // Adds delta to the weight of (feature, cls) for every feature.
  void update(const std::uint64_t* feats, std::size_t n, std::uint32_t cls, float delta);
  // One training instance seen.
  void tick() { time_ += 1.0; }

  // The averaged weights, [bucket][class].
  std::vector<float> averaged() const;
  // The averaged weights as a runtime model (weights below `prune` in magnitude dropped).
  model_io::LinearModel averaged_model(float prune) const;

 private:
  std::size_t row(std::uint64_t h) const { return static_cast<std::size_t>(h >> (64 - bits_)) * classes_; }
  std::uint32_t bits_;
  std::uint32_t classes_;
  std::vector<float> w_;
  std::vector<double> u_;
  double time_ = 1.0;
};

// Fisher-Yates with a seeded mt19937_64 (whose output the standard fixes), so the order
// is the same on every platform.
void deterministic_shuffle(std::vector<std::uint32_t>& v, std::uint64_t seed);

}  // namespace kg::extract::train
