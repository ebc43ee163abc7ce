package com.example.boot;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The consumer's Spring Boot application. */
@SpringBootApplication
public class BootApp {}
