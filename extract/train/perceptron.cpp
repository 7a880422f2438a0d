#include "extract/train/perceptron.h"

#include <random>

namespace kg::extract::train {

AveragedPerceptron::AveragedPerceptron(std::uint32_t bits, std::uint32_t classes)
    : bits_(bits), classes_(classes),
      w_((std::size_t{1} << bits) * classes, 0.0f),
      u_((std::size_t{1} << bits) * classes, 0.0) {}

void AveragedPerceptron::score(const std::uint64_t* feats, std::size_t n, float* scores) const {
  for (std::uint32_t c = 0; c < classes_; ++c) scores[c] = 0.0f;
  for (std::size_t f = 0; f < n; ++f) {
    const float* r = w_.data() + row(feats[f]);
    for (std::uint32_t c = 0; c < classes_; ++c) scores[c] += r[c];
  }
}

void AveragedPerceptron::update(const std::uint64_t* feats, std::size_t n, std::uint32_t cls, float delta) {
  for (std::size_t f = 0; f < n; ++f) {
    const std::size_t i = row(feats[f]) + cls;
    w_[i] += delta;
    u_[i] += time_ * delta;
  }
}

std::vector<float> AveragedPerceptron::averaged() const {
  std::vector<float> avg(w_.size());
  for (std::size_t i = 0; i < w_.size(); ++i) avg[i] = static_cast<float>(w_[i] - u_[i] / time_);
  return avg;
}

model_io::LinearModel AveragedPerceptron::averaged_model(float prune) const {
  const std::vector<float> avg = averaged();
  return model_io::LinearModel::from_dense(bits_, classes_, avg, prune);
}

void deterministic_shuffle(std::vector<std::uint32_t>& v, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  for (std::size_t i = v.size(); i > 1; --i) {
    const std::size_t j = static_cast<std::size_t>(rng() % i);
    std::swap(v[i - 1], v[j]);
  }
}

}  // namespace kg::extract::train
