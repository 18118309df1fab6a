#!/usr/bin/env bash
# The GPU benchmark of semisam: figures 1-5 of `semisam.bench` on CUDA, then up to 200 `paper` iterations of
# semisam-mt with random SAM-Med3D ViT-B weights (a checkpoint written to a temporary file and read back through
# load_sam_med3d); writes reports/bench_gpu.json and reports/figures/bench_gpu.png, and copies both to $OUT when set.
# Sized for one H100 in under 8 minutes (--budget 420: the training run gets what the figures leave). Nothing is
# downloaded there.
#
#   bash nbs/bench_gpu.sh                  # on the GPU machine, from the repository root; refuses without CUDA
#   bash nbs/bench_gpu.sh --dry-run        # anywhere: the same code paths at tiny sizes on CPU (writes to /tmp)
#   bash nbs/bench_gpu.sh --fetch-wheels   # here, with network: the wheels the GPU image lacks, into .whl/
#
# The GPU image (python3 3.12, torch, numpy, scipy, scikit-image, h5py, tqdm, matplotlib, pandas) lacks medim (the
# authors' SAM-Med3D, figure 1) and its import-time need appdirs, and nibabel and MedPy (semisam.evaluate, figure 3).
# Fetch them once here (.whl/ is git-ignored), then call the device with
# carry [".whl"]; this script installs them to /tmp/semisam-site with no index when .whl/ holds any.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}

if [ "${1:-}" = "--fetch-wheels" ]; then
  mkdir -p .whl
  $PY -m pip download --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
      --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
      -d .whl medim==0.1.2 appdirs==1.4.4 nibabel==5.4.2
  $PY -m pip wheel --no-deps -w .whl MedPy==0.5.2      # sdist only on PyPI; pure Python
  ls -la .whl; exit 0
fi

if compgen -G ".whl/*.whl" > /dev/null; then
  $PY -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/semisam-site .whl/*.whl
  export PYTHONPATH=/tmp/semisam-site${PYTHONPATH:+:$PYTHONPATH}
fi
export PYTHONPATH=$PWD${PYTHONPATH:+:$PYTHONPATH} PYTHONUNBUFFERED=1

if [ "${1:-}" = "--dry-run" ]; then
  exec $PY -m semisam.bench --suite gpu --dry-run --device cpu --out /tmp/semisam-bench-gpu-dry/bench_gpu.json
fi
$PY -c "import torch, sys; sys.exit(0 if torch.cuda.is_available() else 1)" \
  || { echo "bench_gpu.sh: no CUDA device here; run it on a GPU machine (or --dry-run to check its code paths on CPU)"; exit 2; }
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader || true
$PY -m semisam.bench --suite gpu --out reports/bench_gpu.json --budget 420 "$@"
if [ -n "${OUT:-}" ]; then cp reports/bench_gpu.json reports/figures/bench_gpu.png "$OUT"/; fi
