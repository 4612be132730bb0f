/*
 * Copyright (c) 2019-2021 Kestrel Labs Inc.
 * Portions Copyright (C) 2001 Heron Systems <dev@heron.example>
 *
 * SPDX-License-Identifier: BSD-3-Clause
 */
#include <stdio.h>

// Copyright 2022 Lark Devices
# Copyright (C) 2020 Jane Roe
;; Copyright (C) 2007 Free Software Foundation, Inc.
-- Copyright 2023 Plover Data AB
/* Copyright 2024 Wren Tools */
<!-- Copyright 2021 Finch Media -->

int f(int c) { return g(c) + h(c); }
